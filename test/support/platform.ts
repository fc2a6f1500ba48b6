import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { createTestDatabase, type TestDatabase } from './databases.js';

export const OPERATOR = { email: 'operator@techmarket.test', password: 'operator-password' };

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
}

export interface Platform {
  url: string;
  wsUrl: string;
  db: TestDatabase;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  ws(token?: string): WsClient;
  /** Another worker process on the same database, Redis and queues (stopped with the platform), with extra env. */
  spawnWorker(extraEnv?: Record<string, string>): ChildProcess;
  /** Another API process on the same database and Redis, on its own port (and env): its URL and a gql/ws for it. */
  spawnApi(extraEnv?: Record<string, string>): Promise<{
    url: string;
    gql: Platform['gql'];
    ws(token?: string): WsClient;
    process: ChildProcess;
  }>;
  stop(): Promise<void>;
  processes: { api: ChildProcess; worker: ChildProcess };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function launch(script: string, env: NodeJS.ProcessEnv, label: string): ChildProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', script], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(chunk.toString());
    if (tail.length > 50) tail.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('exit', (code, signal) => {
    if (code && code !== 0 && process.env.DEBUG_PLATFORM)
      console.error(`${label} exited ${code ?? signal}\n${tail.join('')}`);
  });
  (child as ChildProcess & { tail: string[] }).tail = tail;
  return child;
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Starts the built API and worker as real processes on a database of their own (cloned from the
 * migrated template) and a Redis key prefix of their own.
 */
export async function startPlatform(extraEnv: Record<string, string> = {}): Promise<Platform> {
  const db = await createTestDatabase('e2e');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    PORT: String(port),
    QUEUE_PREFIX: `tm-test-${randomBytes(4).toString('hex')}`,
    OPERATOR_EMAIL: OPERATOR.email,
    OPERATOR_PASSWORD: OPERATOR.password,
    LOG_LEVEL: 'warn',
    // every test signs up from one address
    SIGNUPS_PER_HOUR: '100000',
    ...extraEnv,
  };
  const api = launch('dist/apps/api/src/main.js', env, 'api');
  const worker = launch('dist/apps/worker/src/main.js', env, 'worker');
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) =>
    api.once('exit', (code) =>
      reject(
        new Error(
          `api exited (${code}) before it was ready:\n${(api as ChildProcess & { tail: string[] }).tail.join('')}`,
        ),
      ),
    ),
  );
  await Promise.race([
    waitFor(async () => (await fetch(`${url}/health`)).ok, 90_000, 'the API to be ready'),
    exited,
  ]);

  const extras: ChildProcess[] = [];
  const gqlAt =
    (base: string): Platform['gql'] =>
    async (query, variables, token) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLResponse<any>;
    };
  const gql = gqlAt(url);
  const sockets: WsClient[] = [];
  const wsAt = (wsPort: number) => (token?: string) => {
    const client = createClient({
      url: `ws://127.0.0.1:${wsPort}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
    });
    sockets.push(client);
    return client;
  };
  const ws = wsAt(port);
  const stopProcess = (child: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    db,
    gql,
    ws,
    processes: { api, worker },
    spawnWorker: (workerEnv: Record<string, string> = {}) => {
      const child = launch('dist/apps/worker/src/main.js', { ...env, ...workerEnv }, 'worker');
      extras.push(child);
      return child;
    },
    spawnApi: async (apiEnv: Record<string, string> = {}) => {
      const extraPort = await freePort();
      const child = launch(
        'dist/apps/api/src/main.js',
        { ...env, ...apiEnv, PORT: String(extraPort) },
        'api',
      );
      extras.push(child);
      const base = `http://127.0.0.1:${extraPort}`;
      await waitFor(async () => (await fetch(`${base}/health`)).ok, 30_000, 'the second API to be ready');
      return { url: base, gql: gqlAt(base), ws: wsAt(extraPort), process: child };
    },
    stop: async () => {
      await Promise.all(sockets.map((s) => s.dispose()));
      await Promise.all([stopProcess(api), stopProcess(worker), ...extras.map(stopProcess)]);
      await dropQueueKeys(String(env.REDIS_URL ?? 'redis://127.0.0.1:6379'), String(env.QUEUE_PREFIX));
      await db.drop();
    },
  };
}

/** The platform's queues leave keys under their prefix; a test run leaves none behind. */
export async function dropQueueKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } catch {
    // a Redis that is down (fault tests) has nothing to clean
  } finally {
    redis.disconnect();
  }
}
