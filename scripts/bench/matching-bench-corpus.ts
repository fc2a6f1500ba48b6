// Bulk load for the latency benchmark: N listed achievements written straight to SQL, with realistic
// Chinese titles (halves of the CSL demo papers' and the dev set's titles recombined), and indexed for
// matching in bulk exactly as the worker's ListingIndex.write would leave them: listing_terms rows,
// term_df (distinct listings per term and channel), corpus_totals, and a DONE matching state each.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { indexTokens, queryTokens } from '../../libs/shared/src/text/segmenter.js';
import { achievementTerms } from '../../libs/matching/src/scoring/documents.js';
import { CHANNELS } from '../../libs/matching/src/scoring/types.js';
import { projectRoot } from '../project-root.js';

const BATCH = 2000;
const MATURITIES = ['LAB', 'PROTOTYPE', 'PILOT', 'SMALL_BATCH', 'INDUSTRIALIZED'];
const MODES = ['{TRANSFER}', '{LICENSE}', '{TRANSFER,LICENSE}', '{CO_DEVELOPMENT}'];

/** A small deterministic PRNG (mulberry32), so that every run loads the same catalogue. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sourceTitles(devDir: string): string[][] {
  const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const titles = [
    ...lines(join(projectRoot(), 'data/demo/csl_papers.jsonl')).map(
      (l) => (JSON.parse(l) as { title: string }).title,
    ),
    ...lines(join(devDir, 'achievements.jsonl')).map((l) => (JSON.parse(l) as { title: string }).title),
  ];
  return titles.map((t) => queryTokens(t)).filter((w) => w.length >= 2);
}

export interface Loaded {
  count: number;
  ms: number;
}

/** Lists `count` achievements of a new university in the benchmark database and indexes them for matching. */
export async function loadAchievements(db: pg.Pool, count: number, devDir: string): Promise<Loaded> {
  const started = Date.now();
  const next = random(4);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const sources = sourceTitles(devDir);
  const fields: string[] = (
    await db.query(`select code from fields where parent_code is not null order by code`)
  ).rows.map((r: { code: string }) => r.code);
  const [{ id: owner }] = (
    await db.query(
      `insert into organizations (name, kind, credit_code, region_code, verified)
       values ('基准测试大学', 'UNIVERSITY', '911101085000000000', '110108', true) returning id`,
    )
  ).rows;
  const df = { word: new Map<string, number>(), bigram: new Map<string, number>() };
  const length = { word: 0, bigram: 0 };
  for (let done = 0; done < count;) {
    const rows = { id: [] as string[], title: [] as string[], kw: [] as string[], tw: [] as string[] };
    const terms = { word: [] as string[], bigram: [] as string[] };
    const meta = { field: [] as string[], maturity: [] as string[], modes: [] as string[] };
    for (let i = 0; i < BATCH && done < count; i++, done++) {
      // the first half of one title, the second half of another: 镁合金挤压 + 汽车结构件设计 ...
      const a = pick(sources);
      const b = pick(sources);
      const title = [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.floor(b.length / 2))]
        .join('')
        .slice(0, 200);
      const words = [...new Set(queryTokens(title).filter((w) => [...w].length >= 2))];
      const keywords = words.filter(() => next() < 0.4).slice(0, 5);
      const t = achievementTerms({ title, keywords });
      rows.id.push(randomUUID());
      rows.title.push(title);
      rows.kw.push(keywords.join(' '));
      rows.tw.push(indexTokens(title).join(' '));
      terms.word.push(t.word.join(' '));
      terms.bigram.push(t.bigram.join(' '));
      meta.field.push(pick(fields));
      meta.maturity.push(pick(MATURITIES));
      meta.modes.push(pick(MODES));
      for (const channel of CHANNELS) {
        length[channel] += t[channel].length;
        for (const term of new Set(t[channel])) df[channel].set(term, (df[channel].get(term) ?? 0) + 1);
      }
    }
    await db.query(
      `insert into achievements (id, owner_id, title, summary, keywords, field_codes, maturity, transfer_modes, region_code,
         status, search_vector, listed_at)
       select u.id, $1, u.title, u.title, string_to_array(u.kw, ' '), array[u.field]::varchar[], u.maturity::maturity,
         u.modes::transfer_mode[], '110108', 'LISTED',
         setweight(to_tsvector('simple', u.tw), 'A') || setweight(to_tsvector('simple', u.kw), 'B')
           || setweight(to_tsvector('simple', u.tw), 'C'), now()
       from unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
         u(id, title, kw, tw, field, maturity, modes)`,
      [owner, rows.id, rows.title, rows.kw, rows.tw, meta.field, meta.maturity, meta.modes],
    );
    await db.query(
      `insert into listing_terms (kind, id, words, bigrams)
       select 'ACHIEVEMENT', u.id, string_to_array(u.w, ' '), string_to_array(u.b, ' ') from unnest($1::uuid[], $2::text[], $3::text[]) u(id, w, b)`,
      [rows.id, terms.word, terms.bigram],
    );
  }
  for (const channel of CHANNELS) {
    const entries = [...df[channel]];
    for (let i = 0; i < entries.length; i += 20_000) {
      const slice = entries.slice(i, i + 20_000);
      await db.query(
        `insert into term_df (kind, channel, term, df) select 'ACHIEVEMENT', $1, t, n from unnest($2::text[], $3::int[]) u(t, n)`,
        [channel, slice.map((e) => e[0]), slice.map((e) => e[1])],
      );
    }
    await db.query(
      `insert into corpus_totals (kind, channel, doc_count, total_length) values ('ACHIEVEMENT', $1, $2, $3)`,
      [channel, count, length[channel]],
    );
  }
  await db.query(
    `insert into matching_states (subject_kind, subject_id, status, version, done_version, updated_at)
     select 'ACHIEVEMENT', id, 'DONE', 1, 1, now() from achievements where status = 'LISTED'`,
  );
  await db.query('vacuum analyze');
  return { count, ms: Date.now() - started };
}
