// Issue #4, matching quality online: loads shared/data/matching-dev through the real API and worker
// (7,362 achievements listed, then 118 needs opened), reads each need's top 100 through GraphQL, and
// prints nDCG@10, P@5 and R@100 beside a BM25 baseline over jieba tokens of the need title computed in
// the same run, and beside the same scorer run in memory (what the online run should reproduce).
//   npm run bench:matching-quality [-- --data ../shared/data/matching-dev --concurrency 8]
// Takes a few minutes; the database and Redis keys it creates are removed at the end.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../project-root.js';
import {
  bm25Baseline,
  inMemoryScorer,
  type Profiles,
  readDevSet,
  type Ranker,
} from './matching-bench-devset.js';
import { accounts, FIELD, listAchievement, MODES, needMatches, openNeed } from './matching-bench-market.js';
import { inParallel, matchingBacklog, startBenchPlatform, until } from './matching-bench-platform.js';
import { evaluate, type Figures } from './matching-metrics.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(projectRoot(), '../shared/data/matching-dev') },
    concurrency: { type: 'string', default: '8' },
  },
});
const parallel = Number(values.concurrency);
const set = readDevSet(values.data);
const phases: Array<[string, number]> = [];
const timed = async <T>(phase: string, work: () => Promise<T>): Promise<T> => {
  const t = Date.now();
  const result = await work();
  phases.push([phase, Date.now() - t]);
  console.log(`${phase}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return result;
};

async function main(): Promise<void> {
  const p = await timed('start API and worker on a fresh database', () => startBenchPlatform('quality'));
  try {
    const who = await accounts(p);
    const settle = (what: string) =>
      until(
        async () => {
          const b = await matchingBacklog(p.db);
          if (b.failed) throw new Error(`${b.failed} matching runs FAILED`);
          return b.open === 0;
        },
        15 * 60_000,
        what,
        250,
      );

    const onlineToDev = new Map<string, string>();
    let listed = 0;
    await timed(
      `list ${set.achievements.length} achievements (create, submit, approve; ${parallel} at a time)`,
      () =>
        inParallel(set.achievements, parallel, async (a) => {
          // the set's `keywords` are only the jieba cut of the title (its README): listing them as keywords
          // would count every title word twice, so achievements are listed with their titles alone
          onlineToDev.set(await listAchievement(p, who, { title: a.title, keywords: [] }), a.id);
          if (++listed % 1000 === 0) console.log(`  ${listed} listed`);
        }),
    );
    await timed('worker: index the achievements (matching settled)', () => settle('the achievements'));

    const needIds = await timed(`open ${set.needs.length} needs (create, submit, approve)`, () =>
      inParallel(set.needs, parallel, (n) => openNeed(p, who, n)),
    );
    await timed('worker: match the needs (matching settled)', () => settle('the needs'));

    const online = new Map<string, string[]>();
    let returned = 0;
    await timed('read every need’s top 100 through GraphQL', () =>
      inParallel(set.needs, parallel, async (n, i) => {
        const { ranked } = await needMatches(p, who, needIds[i], 100);
        returned += ranked.length;
        online.set(
          n.id,
          ranked.map((r) => onlineToDev.get(r.id) ?? `unknown:${r.id}`),
        );
      }),
    );

    const rank = (r: Ranker) => new Map(set.needs.map((n) => [n.id, r(n)] as const));
    const profiles: Profiles = {
      fieldCodes: [FIELD],
      modes: MODES,
      maturity: 'PILOT',
      needRegion: '330106',
      achievementRegion: '110108',
    };
    const twin = rank(inMemoryScorer(set, { keywords: false, profiles, minScore: 0.1 }));
    const rows: Array<[string, Map<string, string[]>]> = [
      ['online: API + worker (titles indexed)', online],
      ['same scorer in memory, same documents and signals', twin],
      ['offline final (titles only, matching-offline.ts)', rank(inMemoryScorer(set, { keywords: false }))],
      ['BM25, need title jieba tokens (baseline)', rank(bm25Baseline(set))],
    ];
    const figures: Array<[string, Figures]> = rows.map(([name, r]) => [name, evaluate(r, set.qrels)]);
    const base = figures[figures.length - 1][1];
    const fmt = (x: number) => x.toFixed(3);
    console.log(
      `\n${set.needs.length} needs, ${set.achievements.length} achievements; ${returned} matches read online`,
    );
    console.log(`${'ranking'.padEnd(52)} nDCG@10    P@5  R@100  ×BM25`);
    for (const [name, f] of figures)
      console.log(
        `${name.padEnd(52)}   ${fmt(f.ndcg10)}  ${fmt(f.p5)}  ${fmt(f.r100)}  ${(f.ndcg10 / base.ndcg10).toFixed(2)}×`,
      );
    // compared by title: the set repeats titles (4,868 distinct), and equal documents tie in any order
    const titleOf = new Map(set.achievements.map((a) => [a.id, a.title]));
    const top10 = (r: Map<string, string[]>, id: string) =>
      (r.get(id) ?? [])
        .slice(0, 10)
        .map((a) => titleOf.get(a))
        .join();
    const same = set.needs.filter((n) => top10(online, n.id) === top10(twin, n.id)).length;
    console.log(
      `needs whose online top 10 has the in-memory twin's titles in its order: ${same}/${set.needs.length}`,
    );
    console.log('\nphases:');
    for (const [phase, ms] of phases) console.log(`  ${(ms / 1000).toFixed(1).padStart(7)} s  ${phase}`);
  } finally {
    await p.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
