// The real platform for the matching benchmarks: a database of their own (migrated, reference data only),
// the built API and worker as child processes, a Redis key prefix of their own; all removed by stop().
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import pg from 'pg';
import { projectRoot } from '../project-root.js';

const ADMIN_URL = process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
export const OPERATOR = { email: 'operator@bench.test', password: 'operator-password' };

export interface BenchPlatform {
  db: pg.Pool;
  /** GraphQL over HTTP; throws on errors */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function launch(script: string, env: NodeJS.ProcessEnv, label: string): ChildProcess {
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  const keep = (chunk: Buffer) => void (tail.push(chunk.toString()), tail.length > 40 && tail.shift());
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('exit', (code, signal) => {
    if (!stopping) console.error(`${label} exited (${code ?? signal}):\n${tail.join('')}`);
  });
  return child;
}
let stopping = false;

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => (clearTimeout(timer), resolve()));
    child.kill('SIGTERM');
  });
}

async function removeKeys(prefix: string): Promise<number> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
  let removed = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) removed += await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return removed;
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
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const prefix = `tm-bench-${label}-${tag}`;
  const root = projectRoot();
  let db: pg.Pool | null = null;
  let api: ChildProcess | null = null;
  let worker: ChildProcess | null = null;
  const stop = async () => {
    stopping = true;
    await Promise.all([api, worker].map((c) => (c ? stopProcess(c) : undefined)));
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
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: url.toString(),
      QUEUE_PREFIX: prefix,
      OPERATOR_EMAIL: OPERATOR.email,
      OPERATOR_PASSWORD: OPERATOR.password,
      LOG_LEVEL: 'warn',
    };
    for (const step of ['migrate', 'seed-reference'])
      execFileSync(process.execPath, ['dist/scripts/db.js', step], { cwd: root, env, stdio: 'ignore' });
    db = new pg.Pool({ connectionString: url.toString(), max: 4 });
    await prepare?.(db);
    env.PORT = String(await freePort());
    api = launch('dist/apps/api/src/main.js', env, 'api');
    worker = launch('dist/apps/worker/src/main.js', env, 'worker');
    const base = `http://127.0.0.1:${env.PORT}`;
    for (let i = 0; ; i++) {
      if (
        await fetch(`${base}/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (i > 300) throw new Error('the API did not become ready in 30 s');
      await sleep(100);
    }
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
