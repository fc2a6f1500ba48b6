// The real platform for the auction benchmark: a fresh database (cloned from the migrated test template,
// or migrated from scratch when there is none), the built API and worker as child processes with a Redis
// key prefix of their own, and a keep-alive HTTP client for GraphQL. stop() removes all of it.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'undici';
import { projectRoot } from '../project-root.js';
import {
  admin,
  benchEnv,
  databaseUrl,
  freePort,
  OPERATOR,
  Processes,
  removeKeys,
  untilHealthy,
} from './bench-processes.js';

export { OPERATOR };
const TEMPLATE_DB = `techmarket_tpl_${createHash('sha1').update(process.cwd()).digest('hex').slice(0, 10)}`;
const CLOCK_TICKS = 100; // USER_HZ, 100 on Linux

export interface GqlBody {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions?: Record<string, any> }>;
}

export interface AuctionPlatform {
  dbName: string;
  dbUrl: string;
  prefix: string;
  /** API processes serving the platform (`--apis`); requests go to the first unless told otherwise. */
  apis: number;
  /** Each API process's base URL (`http://127.0.0.1:port`), for load generators of their own. */
  bases: readonly string[];
  /** One GraphQL request over the keep-alive pool to API process `api`; the body as answered (errors included). */
  post(query: string, variables: Record<string, unknown>, token?: string, api?: number): Promise<GqlBody>;
  /** The same, throwing on any GraphQL error. */
  gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<Record<string, any>>;
  /** Each API process's Prometheus text (`/metrics`), one after another. */
  metrics(): Promise<string>;
  /** CPU time (user + system) the API processes have used so far, in ms; null where /proc is not there. */
  apiCpuMs(): number | null;
  stop(): Promise<void>;
}

/** Needs `npm run build` first (the API, worker and db.js run from dist/). */
export async function startAuctionPlatform(connections: number, apis = 1): Promise<AuctionPlatform> {
  const tag = randomBytes(4).toString('hex');
  const dbName = `techmarket_bench_auction_${tag}`;
  const dbUrl = databaseUrl(dbName);
  const prefix = `tm-bench-auction-${tag}`;
  const agent = new Agent({ connections, pipelining: 1, keepAliveTimeout: 60_000 });
  const processes = new Processes();
  const stop = async () => {
    await processes.stopAll();
    await agent.close().catch(() => undefined);
    await admin(`drop database if exists "${dbName}" with (force)`).catch((e: unknown) =>
      console.error(`could not drop ${dbName}: ${String(e)}`),
    );
    const keys = await removeKeys(prefix).catch((e: unknown) => (console.error(String(e)), 0));
    console.log(
      `cleaned up: processes stopped, database ${dbName} dropped, ${keys} Redis keys under ${prefix}: removed`,
    );
  };
  const onSignal = () => void stop().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const env = benchEnv(dbUrl, prefix);
    const db = (step: string) =>
      execFileSync(process.execPath, ['dist/scripts/db.js', step], {
        cwd: projectRoot(),
        env,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    // the template (test/support/global-setup.mjs) is migrated and holds the reference data; `migrate`
    // after the clone applies anything newer. Without a usable template: an empty database, migrated.
    const cloned = await admin(`create database "${dbName}" template "${TEMPLATE_DB}"`).then(
      () => true,
      () => false,
    );
    if (!cloned) await admin(`create database "${dbName}"`);
    db('migrate');
    if (!cloned) db('seed-reference');
    // BENCH_API_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof": node flags for the API processes only
    const apiArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const bases: string[] = [];
    const apiPids: number[] = [];
    for (let i = 0; i < apis; i += 1) {
      const port = String(await freePort());
      const api = processes.launch(
        'dist/apps/api/src/main.js',
        { ...env, PORT: port },
        `api ${i + 1}`,
        apiArgs,
      );
      apiPids.push(api.pid ?? -1);
      bases.push(`http://127.0.0.1:${port}`);
    }
    processes.launch('dist/apps/worker/src/main.js', env, 'worker');
    for (const base of bases) await untilHealthy(base);
    const post: AuctionPlatform['post'] = async (query, variables, token, api = 0) => {
      const res = await request(`${bases[api % bases.length]}/graphql`, {
        method: 'POST',
        dispatcher: agent,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.body.json()) as GqlBody;
    };
    const gql: AuctionPlatform['gql'] = async (query, variables = {}, token) => {
      const body = await post(query, variables, token);
      if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors ?? body));
      return body.data;
    };
    console.log(
      `platform: database ${dbName} (${cloned ? 'cloned from the template' : 'migrated'}), queue prefix ${prefix}`,
    );
    const cpuMsOf = (pid: number) => {
      // fields 14 and 15 of /proc/<pid>/stat (after the ")" closing the command name): utime, stime in ticks
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return ((Number(f[11]) + Number(f[12])) * 1000) / CLOCK_TICKS;
    };
    const apiCpuMs = () => {
      try {
        return apiPids.reduce((sum, pid) => sum + cpuMsOf(pid), 0);
      } catch {
        return null;
      }
    };
    const metrics = async () =>
      (await Promise.all(bases.map(async (base) => (await fetch(`${base}/metrics`)).text()))).join('\n');
    return { dbName, dbUrl, prefix, apis, bases, post, gql, metrics, apiCpuMs, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
