import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@techmarket/shared';
import { allEntities } from '../entities.js';
import {
  databaseExists,
  databaseName,
  dbScript,
  dropDatabase,
  recreateDatabase,
  withClient,
} from './stats-db.js';
import { FULL, type Sizes, loadMarket } from './stats-load.js';
import { measure, statsCases, table, verify } from './stats-measure.js';

const USAGE = `usage: node dist/scripts/bench/stats.js [--runs 50] [--scale 1] [--timeout 60] [--reuse] [--keep] [--no-verify]
  --runs       timed marketStats calls per case (after 2 untimed ones)
  --scale      fraction of the full market (1M achievements, 100k listings and deals, ...) to load
  --timeout    statement_timeout of the measured pool, in seconds: a case that runs into it is reported and skipped
  --reuse      measure an existing benchmark database (pending migrations applied) instead of loading one
  --keep       keep the benchmark database at the end (it is dropped otherwise)
  --no-verify  skip comparing each case with StatsService.recount (the base tables alone)
  BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/techmarket_bench_stats)`;

const log = (line: string) => console.log(line);
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    allowNegative: true,
    options: {
      runs: { type: 'string', default: '50' },
      scale: { type: 'string', default: '1' },
      timeout: { type: 'string', default: '60' },
      reuse: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      verify: { type: 'boolean', default: true },
      help: { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  const scale = Number(values.scale);
  const timeout = Number(values.timeout);
  if (values.help || !(runs > 0) || !(scale > 0 && scale <= 1) || !(timeout > 0)) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/techmarket_bench_stats';
  const name = databaseName(url);
  const started = Date.now();
  if (values.reuse && (await databaseExists(url))) {
    log(`reusing ${name}`);
    dbScript(url, 'migrate');
    log(`migrations checked in ${seconds(started)}`);
  } else {
    log(`creating ${name}`);
    await recreateDatabase(url);
    dbScript(url, 'migrate');
    dbScript(url, 'seed-reference');
    const sizes = Object.fromEntries(
      Object.entries(FULL).map(([k, v]) => [k, Math.max(1, Math.round(v * scale))]),
    ) as unknown as Sizes;
    await withClient(url, (c) => loadMarket(c, sizes, log));
    log(`created and loaded in ${seconds(started)}`);
  }

  const options = dataSourceOptions(url, allEntities);
  const dataSource = new DataSource({
    ...options,
    extra: { ...options.extra, options: `-c statement_timeout=${Math.round(timeout * 1000)}` },
  } as typeof options);
  await dataSource.initialize();
  try {
    const [n] = await dataSource.query(`select (select count(*) from achievements)::int a,
      (select count(*) from trade_listings)::int l, (select count(*) from deals)::int d,
      (select count(*) from organizations)::int o, split_part(version(), ' on ', 1) v`);
    const count = (x: number) => x.toLocaleString('en');
    const title =
      `marketStats over ${count(n.a)} achievements, ${count(n.l)} listings, ${count(n.d)} deals, ` +
      `${count(n.o)} organizations; ${runs} runs per case; ${n.v}`;
    const cases = statsCases();
    log(table(title, await measure(dataSource, cases, runs)));
    if (values.verify) {
      log('against StatsService.recount (the same definitions over the base tables alone):');
      const differing = await verify(dataSource, cases, log);
      if (differing.length) {
        log(`DIFFERENT:\n${differing.join('\n')}`);
        process.exitCode = 1;
      }
    }
  } finally {
    await dataSource.destroy();
    if (!values.keep) {
      await dropDatabase(url);
      log(`dropped ${name}`);
    }
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
