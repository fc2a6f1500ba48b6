// Bulk load of open needs for the latency benchmark's full re-match: N needs of one enterprise written
// straight to SQL, their titles halves of two development needs' titles and their descriptions three
// sentences of others' descriptions, and indexed for matching as the worker's ListingIndex.write would leave
// them (listing_terms, term_df, corpus_totals) with a DONE matching state each. They have no matches yet.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { needTerms } from '../../libs/matching/src/scoring/documents.js';
import type { DocTerms } from '../../libs/matching/src/scoring/types.js';
import { BulkIndex, random, titleWords } from './matching-bench-corpus.js';
import type { DevNeed } from './matching-bench-devset.js';
import { FIELD, MODES } from './matching-bench-market.js';

const BATCH = 1000;

/** Opens `count` needs of a new enterprise in the benchmark database and indexes them for matching. */
export async function loadNeeds(db: pg.Pool, count: number, dev: readonly DevNeed[]): Promise<number> {
  const started = Date.now();
  const next = random(16);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const titles = dev.map((n) => titleWords(n.title)).filter((w) => w.length >= 2);
  const sentences = dev.flatMap((n) => n.description.split(/(?<=[。；！？])/u).filter((s) => s.length > 4));
  const [{ id: owner }] = (
    await db.query(
      `insert into organizations (name, kind, credit_code, region_code, verified)
       values ('基准测试企业', 'ENTERPRISE', '913301065000000000', '330106', true) returning id`,
    )
  ).rows;
  const index = new BulkIndex('NEED');
  for (let done = 0; done < count;) {
    const rows = { id: [] as string[], title: [] as string[], description: [] as string[] };
    const terms: DocTerms[] = [];
    for (let i = 0; i < BATCH && done < count; i++, done++) {
      const a = pick(titles);
      const b = pick(titles);
      const title = [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.floor(b.length / 2))]
        .join('')
        .slice(0, 200);
      const description = [pick(sentences), pick(sentences), pick(sentences)].join('').slice(0, 2000);
      rows.id.push(randomUUID());
      rows.title.push(title);
      rows.description.push(description);
      terms.push(needTerms({ title }));
    }
    await db.query(
      `insert into needs (id, owner_id, title, description, field_codes, cooperation_modes, region_code, status, opened_at)
       select u.id, $1, u.title, u.description, array[$5]::varchar[], $6::transfer_mode[], '330106', 'OPEN', now()
       from unnest($2::uuid[], $3::text[], $4::text[]) u(id, title, description)`,
      [owner, rows.id, rows.title, rows.description, FIELD, MODES],
    );
    await index.add(db, rows.id, terms);
  }
  await index.finish(db, `select id from needs where owner_id = $1`, [owner]);
  return Date.now() - started;
}
