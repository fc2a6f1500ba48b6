// The real platform for the matching benchmarks: a database of their own (migrated, reference data only),
// the built API and worker as child processes, a Redis key prefix of their own; all removed by stop().
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { projectRoot } from '../project-root.js';
import {
  admin,
  benchEnv,
  databaseUrl,
  freePort,
  OPERATOR,
  Processes,
  removeKeys,
  sleep,
  untilHealthy,
} from './bench-processes.js';

export { OPERATOR };

export interface BenchPlatform {
  db: pg.Pool;
  /** GraphQL over HTTP; throws on errors */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  stop(): Promise<void>;
}

/**
 * Creates and migrates `techmarket_bench_<label>_<hex>` with the field taxonomy (no demo data), runs
 * `prepare` on it (bulk loads), then starts the built API and worker on it. Needs `npm run build` first.
 */
export async function startBenchPlatform(
  label: string,
  prepare?: (db: pg.Pool) => Promise<void>,
): Promise<BenchPlatform> {
  const tag = randomBytes(4).toString('hex');
  const name = `techmarket_bench_${label}_${tag}`;
  const dbUrl = databaseUrl(name);
  const prefix = `tm-bench-${label}-${tag}`;
  const root = projectRoot();
  const processes = new Processes();
  let db: pg.Pool | null = null;
  const stop = async () => {
    await processes.stopAll();
    await db?.end().catch(() => undefined);
    await admin(`drop database if exists "${name}" with (force)`).catch((e: unknown) =>
      console.error(`could not drop ${name}: ${String(e)}`),
    );
    const keys = await removeKeys(prefix).catch((e: unknown) => (console.error(String(e)), 0));
    console.log(`cleaned up: database ${name} dropped, ${keys} Redis keys under ${prefix}: removed`);
  };
  const onSignal = () => void stop().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await admin(`create database "${name}"`);
    const env = benchEnv(dbUrl, prefix);
    for (const step of ['migrate', 'seed-reference'])
      execFileSync(process.execPath, ['dist/scripts/db.js', step], { cwd: root, env, stdio: 'ignore' });
    db = new pg.Pool({ connectionString: dbUrl, max: 4 });
    await prepare?.(db);
    env.PORT = String(await freePort());
    processes.launch('dist/apps/api/src/main.js', env, 'api');
    processes.launch('dist/apps/worker/src/main.js', env, 'worker');
    const base = `http://127.0.0.1:${env.PORT}`;
    await untilHealthy(base);
    const gql: BenchPlatform['gql'] = async (query, variables, token) => {
      for (let attempt = 0; ; attempt++) {
        const res = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ query, variables }),
        }).catch((err: unknown) => err as Error);
        // a connection reset under load is retried a few times; a GraphQL error never is
        if (res instanceof Error) {
          if (attempt < 3) continue;
          throw res;
        }
        const body = (await res.json()) as { data?: any; errors?: unknown[] };
        if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors ?? body));
        return body.data;
      }
    };
    return { db, gql, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Runs `work` over the items with at most `n` at a time; results in input order. */
export async function inParallel<T, R>(
  items: readonly T[],
  n: number,
  work: (item: T, i: number) => Promise<R>,
) {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await work(items[i], i);
      }
    }),
  );
  return out;
}

/** Polls `check` every `everyMs` until it returns true; throws after `timeoutMs`. */
export async function until(check: () => Promise<boolean>, timeoutMs: number, what: string, everyMs = 200) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** Matching requests not yet answered, and failures, in the benchmark database. */
export async function matchingBacklog(db: pg.Pool): Promise<{ open: number; failed: number }> {
  const { rows } = await db.query(
    `select count(*) filter (where status in ('PENDING', 'RUNNING'))::int as open,
            count(*) filter (where status = 'FAILED')::int as failed from matching_states`,
  );
  return rows[0];
}
