// What every benchmark launcher needs: an admin connection, a free port, the built API and worker as
// child processes (their output kept for a crash report), their environment as production would set it,
// the clean-up of a benchmark's Redis keys, and valid credit codes for the accounts they register.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import pg from 'pg';

export const ADMIN_URL =
  process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
export const OPERATOR = { email: 'operator@bench.test', password: 'operator-password' };

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A valid unified social credit code (GB 32100-2015 check character) with a random serial, for bench accounts. */
export function creditCode(region: string): string {
  const body = `91${region}${Array.from(randomBytes(9), (b) => ALPHABET[b % 31]).join('')}`;
  const sum = [...body].reduce((acc, c, i) => acc + ALPHABET.indexOf(c) * WEIGHTS[i], 0);
  return body + ALPHABET[(31 - (sum % 31)) % 31];
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The benchmark database's URL: ADMIN_URL with another database name. */
export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

/** One statement on the admin database (create or drop a benchmark database). */
export async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The API's and worker's environment as a province would run them: production mode, a secret and an evidence key of its own. */
export function benchEnv(dbUrl: string, queuePrefix: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    EVIDENCE_SIGNING_KEY: randomBytes(32).toString('hex'),
    DATABASE_URL: dbUrl,
    QUEUE_PREFIX: queuePrefix,
    OPERATOR_EMAIL: OPERATOR.email,
    OPERATOR_PASSWORD: OPERATOR.password,
    LOG_LEVEL: 'warn',
    // every benchmark signs up its organizations from one address
    SIGNUPS_PER_HOUR: '1000000',
  };
}

/** Child processes of this benchmark; `stopAll` ends them (and silences their exit reports). */
export class Processes {
  private readonly children: ChildProcess[] = [];
  private stopping = false;

  /** `node [nodeArgs] script`; an exit before `stopAll` prints the last 40 chunks of its output. */
  launch(script: string, env: NodeJS.ProcessEnv, label: string, nodeArgs: string[] = []): ChildProcess {
    const child = spawn(process.execPath, [...nodeArgs, script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const keep = (chunk: Buffer) => void (tail.push(chunk.toString()), tail.length > 40 && tail.shift());
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('exit', (code, signal) => {
      if (!this.stopping) console.error(`${label} exited (${code ?? signal}):\n${tail.join('')}`);
    });
    this.children.push(child);
    return child;
  }

  /** SIGTERM to each, SIGKILL after 10 s. */
  async stopAll(): Promise<void> {
    this.stopping = true;
    await Promise.all(
      this.children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => (clearTimeout(timer), resolve()));
            child.kill('SIGTERM');
          }),
      ),
    );
  }
}

/** Waits for the API's /health to answer 200 (30 s at most). */
export async function untilHealthy(base: string): Promise<void> {
  for (let i = 0; ; i++) {
    const ok = await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (i > 300) throw new Error('the API did not become ready in 30 s');
    await sleep(100);
  }
}

/** Deletes every Redis key under the benchmark's queue prefix; how many. */
export async function removeKeys(prefix: string): Promise<number> {
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
