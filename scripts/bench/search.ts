import 'reflect-metadata';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@techmarket/shared';
import { allEntities } from '../entities.js';
import { Corpus } from './search-corpus.js';
import {
  databaseExists,
  dropDatabase,
  loadAchievements,
  loadOrganizations,
  recreateDatabase,
  restoreIndexes,
} from './search-load.js';
import { measure, table } from './search-measure.js';
import { searchCases } from './search-queries.js';

const USAGE = `usage: node dist/scripts/bench/search.js [--rows 100000,1000000] [--runs 200] [--reuse] [--drop]
  --rows    achievement counts to measure at, ascending; rows are added between steps
  --runs    timed iterations of each measurement (after 20 untimed ones)
  --reuse   keep the benchmark database if it exists (apply pending migrations, add rows if fewer)
  --drop    drop the benchmark database at the end (1M rows take ~4 GB)
  BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/techmarket_bench_search)`;

const log = (line: string) => console.log(line);

async function migrate(url: string): Promise<void> {
  const db = new DataSource(dataSourceOptions(url, allEntities));
  await db.initialize();
  try {
    const applied = await db.runMigrations({ transaction: 'each' });
    if (applied.length) log(`applied ${applied.map((m) => m.name).join(', ')}`);
  } finally {
    await db.destroy();
  }
}

async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '100000,1000000' },
      runs: { type: 'string', default: '200' },
      reuse: { type: 'boolean', default: false },
      drop: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const steps = values.rows.split(',').map(Number);
  const runs = Number(values.runs);
  if (values.help || steps.some((n) => !Number.isInteger(n) || n <= 0) || !(runs > 0)) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/techmarket_bench_search';
  const fresh = !values.reuse || !(await databaseExists(url));
  if (fresh) {
    log(`creating ${new URL(url).pathname.slice(1)}`);
    await recreateDatabase(url);
  } else {
    await withClient(url, (c) => restoreIndexes(c, log)); // a load interrupted before its indexes were rebuilt
  }
  const migrating = Date.now();
  await migrate(url);
  if (!fresh) log(`migrations checked in ${((Date.now() - migrating) / 1000).toFixed(1)} s`);
  if (fresh) await withClient(url, loadOrganizations);
  const corpus = new Corpus();
  const { cases, summary } = searchCases(corpus, 60);
  log(`${corpus.size} CSL papers recombined; queries (share of achievements with the word): ${summary}, …`);
  const version = await withClient(
    url,
    async (c) => (await c.query('show server_version')).rows[0].server_version,
  );
  for (const target of [...steps].sort((a, b) => a - b)) {
    const count = await withClient(url, async (c) => {
      const started = Date.now();
      await loadAchievements(c, corpus, target, log);
      const took = (Date.now() - started) / 1000;
      if (took > 1) log(`  loaded to ${target.toLocaleString('en')} in ${took.toFixed(0)} s`);
      return (
        await c.query(`select count(*)::int as n, pg_size_pretty(pg_total_relation_size('achievements')) as size
        from achievements`)
      ).rows[0] as { n: number; size: string };
    });
    if (count.n !== target) {
      log(
        `skipping ${target.toLocaleString('en')}: the database holds ${count.n.toLocaleString('en')} rows (run without --reuse)`,
      );
      continue;
    }
    const series = await measure(url, cases, runs);
    log('');
    log(
      table(
        `${target.toLocaleString('en')} achievements (${count.size}), PostgreSQL ${version}, ${runs} runs each`,
        series,
      ),
    );
    log('');
  }
  if (values.drop) {
    await dropDatabase(url);
    log('dropped the benchmark database');
  } else {
    log('kept the benchmark database: rerun with --reuse, or add --drop');
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
