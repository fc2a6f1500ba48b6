// Issue #4, matching latency: with 100k listed achievements, the time from a need's edit to its matching
// being DONE (p50/p95, target p95 ≤ 2 s), and the throughput of a full re-match (rematchAll).
//   npm run bench:matching-latency [-- --listings 100000 --needs 50 --rematch-seconds 300 (0: no cap)]
// The worker runs with its default concurrency. One need is measured at a time, on an idle queue: from the
// return of the mutation that (re)opens it to the first poll (every 20 ms) that finds its state DONE for
// that request. Database and Redis keys are removed at the end.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../project-root.js';
import { loadAchievements } from './matching-bench-corpus.js';
import { readDevSet } from './matching-bench-devset.js';
import { accounts, approveNeed, editNeed, openNeed } from './matching-bench-market.js';
import { type BenchPlatform, matchingBacklog, startBenchPlatform, until } from './matching-bench-platform.js';

const { values } = parseArgs({
  options: {
    listings: { type: 'string', default: '100000' },
    needs: { type: 'string', default: '50' },
    'rematch-seconds': { type: 'string', default: '300' },
    data: { type: 'string', default: join(projectRoot(), '../shared/data/matching-dev') },
  },
});
const listings = Number(values.listings);
const rematchCap = Number(values['rematch-seconds']) * 1000 || Infinity; // 0: until the whole re-match is done
const needs = readDevSet(values.data).needs.slice(0, Number(values.needs));

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const summary = (label: string, ms: number[]) =>
  console.log(
    `${label.padEnd(44)} n=${ms.length}  p50 ${quantile(ms, 0.5)} ms  p95 ${quantile(ms, 0.95)} ms  max ${Math.max(...ms)} ms`,
  );

/** Milliseconds from now until the need's matching is DONE for the latest request (polled every 20 ms). */
async function untilMatched(p: BenchPlatform, id: string): Promise<number> {
  const t = Date.now();
  const state = () =>
    p.db
      .query(
        `select status, version, done_version from matching_states where subject_kind = 'NEED' and subject_id = $1`,
        [id],
      )
      .then((r) => r.rows[0] as { status: string; version: number; done_version: number });
  const { version } = await state(); // the mutation has committed: this is the request it made
  await until(
    async () => {
      const s = await state();
      if (s.status === 'FAILED') throw new Error(`matching need ${id} FAILED`);
      return s.status === 'DONE' && s.done_version >= version;
    },
    60_000,
    `need ${id} to be matched`,
    20,
  );
  return Date.now() - t;
}

async function main(): Promise<void> {
  let t = Date.now();
  const p = await startBenchPlatform('latency', async (db) => {
    const loaded = await loadAchievements(db, listings, values.data);
    console.log(
      `${loaded.count} listed achievements loaded and indexed in SQL in ${(loaded.ms / 1000).toFixed(1)} s`,
    );
  });
  console.log(`platform up in ${((Date.now() - t) / 1000).toFixed(1)} s (database, load, API, worker)`);
  try {
    const who = await accounts(p);
    const created: number[] = [];
    const edited: number[] = [];
    const candidates: number[] = [];
    const ids: string[] = [];
    for (const n of needs) {
      const id = await openNeed(p, who, n);
      created.push(await untilMatched(p, id));
      ids.push(id);
    }
    for (const [i, id] of ids.entries()) {
      // an edit sends an open need back to review; its matches wait for the approval of the new text
      await editNeed(p, who, id, { ...needs[i], title: `${needs[i].title}（修订）` });
      await untilMatched(p, id);
      await approveNeed(p, who, id, false);
      edited.push(await untilMatched(p, id));
      const { rows } = await p.db.query(
        `select candidates from matching_states where subject_kind = 'NEED' and subject_id = $1`,
        [id],
      );
      candidates.push(rows[0].candidates);
    }
    console.log(`\n${listings} listed achievements, ${ids.length} needs, worker at its default concurrency`);
    summary('new need: approval → matching DONE', created);
    summary('edited need: re-approval → matching DONE', edited);
    console.log(
      `candidates weighed per need run: median ${quantile(candidates, 0.5)}, max ${Math.max(...candidates)}`,
    );

    const [{ now: since }] = (await p.db.query(`select now()`)).rows;
    const { rows: total } = await p.db.query(
      `select (select count(*) from achievements where status = 'LISTED')::int + (select count(*) from needs where status = 'OPEN')::int as n`,
    );
    t = Date.now();
    await p.gql(`mutation { rematchAll }`, {}, who.operator);
    let done = 0;
    let last = 0;
    await until(
      async () => {
        const { rows } = await p.db.query(
          `select count(*)::int as n from matching_states where status = 'DONE' and updated_at >= $1`,
          [since],
        );
        done = rows[0].n;
        if (Date.now() - last > 15_000) {
          last = Date.now();
          console.log(
            `  re-match: ${done}/${total[0].n} done after ${((Date.now() - t) / 1000).toFixed(0)} s`,
          );
        }
        return (
          (done >= total[0].n && (await matchingBacklog(p.db)).open === 0) || Date.now() - t > rematchCap
        );
      },
      rematchCap + 60_000,
      'the re-match',
      2000, // counting DONE states scans them: rarely, not to slow the worker it measures
    );
    const s = (Date.now() - t) / 1000;
    const full = done >= total[0].n;
    console.log(
      `full re-match (rematchAll): ${done}/${total[0].n} subjects in ${s.toFixed(1)} s, ${(done / s).toFixed(0)} subjects/s` +
        (full
          ? ''
          : ` (stopped at --rematch-seconds; the whole would take ~${((total[0].n * s) / done / 60).toFixed(0)} min)`),
    );
  } finally {
    await p.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
