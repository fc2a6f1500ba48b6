// Issue 14, the read path: the public catalogue's browse and search and a member's workspace through the real
// API (production mode, as `npm start` runs it, with its worker), beside the floor `{ __typename }` measured
// in the same run, at the demo data's size and again after adding achievements up to --rows.
//   npm run bench:read [-- --rows 100000 --connections 20 --seconds 10 --warmup 2]
// Per request: req/s, p50, p99 (autocannon), the ratio to the floor (measured first and last, the higher
// taken), and from the API's own counters the SQL statements and CPU it spent. Targets: browse and search
// ≥ 0.5× the floor with p99 ≤ 100 ms, the workspace ≥ 0.3×. BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=…" profiles the API.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { projectRoot } from '../project-root.js';
import { type AuctionPlatform, startAuctionPlatform } from './auction-platform.js';
import { sleep } from './bench-processes.js';
import { load, type ReadRequest } from './read-load.js';
import {
  ALL_STATUSES,
  BROWSE,
  CREATE_DRAFT,
  DRAFT_INPUT,
  FLOOR,
  LOGIN,
  SEARCH,
  WORKSPACE,
} from './read-queries.js';
import { Corpus } from './search-corpus.js';
import { loadAchievements, loadOrganizations } from './search-load.js';
import { withClient } from './stats-db.js';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    connections: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
  },
});
const rows = values.rows ? values.rows.split(',').map(Number) : [];
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
if (
  rows.some((n) => !Number.isInteger(n) || n < 1) ||
  ![connections, seconds].every((n) => Number.isInteger(n) && n >= 1) ||
  !(Number.isInteger(warmup) && warmup >= 0)
) {
  console.error('usage: read.js [--rows 100000[,…]] [--connections 20] [--seconds 10] [--warmup 2]');
  process.exit(2);
}
const TARGETS: Record<string, { ratio: number; p99?: number }> = {
  browse: { ratio: 0.5, p99: 100 },
  search: { ratio: 0.5, p99: 100 },
  workspace: { ratio: 0.3 },
};

interface Row {
  name: string;
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
  statements: number;
  cpuMs: number | null;
}

/** The demo data, as `npm start` loads it into an empty database; then the worker's first matching. */
async function loadDemo(p: AuctionPlatform): Promise<void> {
  execFileSync(process.execPath, ['dist/scripts/db.js', 'seed'], {
    cwd: projectRoot(),
    env: { ...process.env, NODE_ENV: 'development', DATABASE_URL: p.dbUrl },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const started = Date.now();
  for (;;) {
    const left = await withClient(p.dbUrl, async (c) => {
      const r = await c.query(
        `select count(*)::int as n from matching_states where status in ('PENDING', 'RUNNING')`,
      );
      return r.rows[0].n as number;
    });
    if (left === 0) break;
    if (Date.now() - started > 600_000) throw new Error(`matching still has ${left} subjects after 10 min`);
    await sleep(2000);
  }
  console.log(`demo data loaded; the worker matched it in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** The member's token and organization, with a draft of its own in its workspace. */
async function member(p: AuctionPlatform): Promise<ReadRequest> {
  const { login } = await p.gql(LOGIN, { email: 'demo1@techmarket.example', password: 'demo-password' });
  const token = login.accessToken as string;
  await p.gql(CREATE_DRAFT, { input: DRAFT_INPUT }, token);
  return {
    query: WORKSPACE,
    variables: { owner: login.user.organization.id, statuses: ALL_STATUSES },
    token,
  };
}

const statementsSoFar = async (p: AuctionPlatform) => {
  const m = /^db_statements_total (\d+)/m.exec(await p.metrics());
  return m ? Number(m[1]) : 0;
};

async function measure(p: AuctionPlatform, requests: Record<string, ReadRequest>): Promise<Row[]> {
  const url = `${p.bases[0]}/graphql`;
  const out: Row[] = [];
  // the floor again at the end: on a shared machine the load moves during a run, and the ratios are taken
  // against the higher of the two floors (the stricter reading)
  for (const [name, request] of [...Object.entries(requests), ['floor again', requests.floor] as const]) {
    const once = await p.post(request.query, request.variables ?? {}, request.token);
    if (once.errors?.length || !once.data) throw new Error(`${name}: ${JSON.stringify(once.errors ?? once)}`);
    if (warmup) await load(url, request, connections, warmup);
    const statements = await statementsSoFar(p);
    const cpu = p.apiCpuMs();
    const r = await load(url, request, connections, seconds);
    const cpuAfter = p.apiCpuMs();
    const requestsDone = r.perSecond * seconds;
    out.push({
      name,
      ...r,
      statements: ((await statementsSoFar(p)) - statements) / requestsDone,
      cpuMs: cpu === null || cpuAfter === null ? null : (cpuAfter - cpu) / requestsDone,
    });
  }
  return out;
}

function table(title: string, series: Row[]): string {
  const floor = Math.max(...series.filter((r) => r.name.startsWith('floor')).map((r) => r.perSecond));
  const lines = [
    title,
    '| query | req/s | p50 ms | p99 ms | ratio to the floor | statements/req | API CPU ms/req | target |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of series) {
    const ratio = r.perSecond / floor;
    const t = TARGETS[r.name];
    const met = t && ratio >= t.ratio && (t.p99 === undefined || r.p99 <= t.p99);
    const target = t ? `≥ ${t.ratio}×${t.p99 ? `, p99 ≤ ${t.p99} ms` : ''}: ${met ? 'met' : 'MISSED'}` : '';
    lines.push(
      `| ${r.name} | ${r.perSecond.toFixed(0)} | ${r.p50} | ${r.p99} | ${ratio.toFixed(2)} | ${r.statements.toFixed(2)} | ${r.cpuMs?.toFixed(2) ?? '?'} | ${target}${r.failures ? ` (${r.failures} FAILED responses)` : ''} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const p = await startAuctionPlatform(connections + 4);
  const tables: string[] = [];
  try {
    await loadDemo(p);
    const requests: Record<string, ReadRequest> = {
      floor: { query: FLOOR },
      browse: { query: BROWSE },
      search: { query: SEARCH },
      workspace: await member(p),
    };
    const counted = async () =>
      withClient(
        p.dbUrl,
        async (c) => (await c.query(`select count(*)::int as n from achievements`)).rows[0].n as number,
      );
    const report = async () => {
      const n = await counted();
      const t = table(
        `${n.toLocaleString('en')} achievements, ${connections} connections, ${seconds} s each (after ${warmup} s warm-up)`,
        await measure(p, requests),
      );
      console.log(`\n${t}\n`);
      tables.push(t);
    };
    await report();
    const corpus = rows.length ? new Corpus() : null;
    for (const target of rows) {
      await withClient(p.dbUrl, async (c) => {
        if (!(await c.query(`select 1 from organizations where credit_code like 'BENCH%' limit 1`)).rowCount)
          await loadOrganizations(c);
        await loadAchievements(c, corpus as Corpus, target, (line) => console.log(line));
      });
      await report();
    }
    console.log(`\n${tables.join('\n\n')}`);
    return tables.some((t) => t.includes('FAILED')) ? 1 : 0;
  } finally {
    await p.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
