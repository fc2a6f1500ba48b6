import pg from 'pg';
import type { Corpus } from './search-corpus.js';
import { Random, Weighted } from './search-random.js';
import { randomCounty } from './search-regions.js';

export const BATCH = 5_000;
const ORGANIZATIONS = 3_000;
/** Row i was created i × 150 s after the first: 1M rows span the last ~4.75 years, in insertion order. */
const STEP_SECONDS = 150;
const EPOCH = Date.parse('2021-03-01T00:00:00Z');

const STATUSES = new Weighted(
  ['LISTED', 'IN_TRADE', 'DEALT', 'DRAFT', 'PENDING_REVIEW', 'REJECTED', 'WITHDRAWN'],
  [80, 5, 3, 4, 3, 2, 3],
);
const MATURITIES = new Weighted(
  ['LAB', 'PROTOTYPE', 'PILOT', 'SMALL_BATCH', 'INDUSTRIALIZED'],
  [3, 3, 3, 2, 1],
);
const MODES = [
  'TRANSFER',
  'LICENSE',
  'TRANSFER,LICENSE',
  'CO_DEVELOPMENT',
  'LICENSE,CO_DEVELOPMENT',
  'EQUITY,TRANSFER',
];
const PRICES = [null, '100000', '300000', '500000', '800000', '1500000', '3000000', null];
const KINDS = new Weighted(['UNIVERSITY', 'RESEARCH_INSTITUTE', 'ENTERPRISE'], [5, 3, 2]);

export const adminUrl = (url: string): string => {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return admin.toString();
};

export const databaseName = (url: string): string => decodeURIComponent(new URL(url).pathname.slice(1));

async function admin<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl(url) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export const databaseExists = (url: string): Promise<boolean> =>
  admin(
    url,
    async (c) =>
      !!(await c.query('select 1 from pg_database where datname = $1', [databaseName(url)])).rowCount,
  );

export async function recreateDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bench database name ${name}: letters, digits and _`);
  await admin(url, async (c) => {
    await c.query(`drop database if exists "${name}" with (force)`);
    await c.query(`create database "${name}"`);
  });
}

export const dropDatabase = (url: string): Promise<void> =>
  admin(url, async (c) => {
    await c.query(`drop database if exists "${databaseName(url)}" with (force)`);
  });

export async function loadOrganizations(client: pg.Client): Promise<void> {
  const random = new Random(7);
  const cols: string[][] = [[], [], [], []];
  for (let i = 0; i < ORGANIZATIONS; i += 1) {
    const kind = KINDS.pick(random);
    cols[0].push(
      `基准${kind === 'ENTERPRISE' ? '科技有限公司' : kind === 'UNIVERSITY' ? '大学' : '研究院'}${i}`,
    );
    cols[1].push(kind);
    cols[2].push(`BENCH${String(i).padStart(13, '0')}`);
    cols[3].push(randomCounty(random));
  }
  await client.query(
    `insert into organizations (name, kind, credit_code, region_code, verified)
     select n, k::organization_kind, c, r, true from unnest($1::text[], $2::text[], $3::text[], $4::text[]) u(n, k, c, r)`,
    cols,
  );
}

const INSERT = `insert into achievements (owner_id, title, summary, keywords, field_codes, maturity, transfer_modes,
    asking_price, region_code, status, search_vector, created_at, updated_at, listed_at)
  select o, ti, su, string_to_array(kw, E'\\x1f'), string_to_array(fc, ',')::varchar[], m::maturity,
    string_to_array(tm, ',')::transfer_mode[], pr::numeric, rc, st::achievement_status,
    setweight(to_tsvector('simple', va), 'A') || setweight(to_tsvector('simple', vb), 'B')
      || setweight(to_tsvector('simple', vc), 'C'),
    ca, ca, case when st in ('LISTED', 'IN_TRADE', 'DEALT') then ca end
  from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
    $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::timestamptz[])
    u(o, ti, su, kw, fc, m, tm, pr, rc, st, va, vb, vc, ca)`;

/** Rows [from, to) of the benchmark: each batch seeded by its first row, so a load in steps gives the same rows. */
function batch(corpus: Corpus, owners: Array<{ id: string; region: string }>, from: number, to: number) {
  const random = new Random(1_000_003 + from);
  const cols: Array<Array<string | null>> = Array.from({ length: 14 }, () => []);
  for (let i = from; i < to; i += 1) {
    const text = corpus.generate(random);
    const owner = owners[Math.floor(owners.length * random.next() ** 2)];
    const values = [
      owner.id,
      text.title,
      text.summary,
      text.keywords.join('\x1f'),
      text.fieldCodes.join(','),
      MATURITIES.pick(random),
      random.pick(MODES),
      random.pick(PRICES),
      owner.region,
      STATUSES.pick(random),
      text.vectorA,
      text.vectorB,
      text.vectorC,
      new Date(EPOCH + i * STEP_SECONDS * 1000 + random.int(0, STEP_SECONDS - 1) * 1000).toISOString(),
    ];
    values.forEach((v, c) => cols[c].push(v));
  }
  return cols;
}

/**
 * Secondary indexes are dropped during a bulk load and built again afterwards, from their own definitions
 * (kept in a table meanwhile, so that an interrupted load can be resumed with --reuse).
 */
async function dropIndexes(client: pg.Client): Promise<void> {
  await client.query(
    `create table if not exists bench_saved_indexes (name text primary key, definition text not null)`,
  );
  await client.query(
    `insert into bench_saved_indexes select indexname, indexdef from pg_indexes
     where schemaname = 'public' and tablename = 'achievements' and indexname not like 'PK\\_%'
     on conflict (name) do nothing`,
  );
  const { rows } = await client.query<{ name: string }>(`select name from bench_saved_indexes`);
  for (const r of rows) await client.query(`drop index if exists "${r.name}"`);
}

export async function restoreIndexes(client: pg.Client, log: (line: string) => void): Promise<void> {
  const saved = await client.query(`select to_regclass('bench_saved_indexes') is not null as present`);
  if (!saved.rows[0].present) return;
  const { rows } = await client.query<{ name: string; definition: string }>(
    `select * from bench_saved_indexes`,
  );
  await client.query(`set maintenance_work_mem = '1GB'`);
  for (const r of rows) {
    const started = Date.now();
    await client.query(r.definition.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '));
    log(`  index ${r.name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  await client.query(`drop table bench_saved_indexes`);
}

/** Adds achievements until there are `target`, then rebuilds the indexes and vacuums. */
export async function loadAchievements(
  client: pg.Client,
  corpus: Corpus,
  target: number,
  log: (line: string) => void,
): Promise<void> {
  const [{ n }] = (await client.query(`select count(*)::int as n from achievements`)).rows;
  if (n >= target) return;
  const owners = (
    await client.query<{ id: string; region: string }>(
      `select id, region_code as region from organizations where kind <> 'ENTERPRISE' order by credit_code`,
    )
  ).rows;
  await dropIndexes(client);
  await client.query(`set synchronous_commit = off`);
  const started = Date.now();
  let pending: Promise<unknown> = Promise.resolve();
  for (let from = n; from < target; from += BATCH) {
    const cols = batch(corpus, owners, from, Math.min(target, from + BATCH));
    await pending;
    pending = client.query(INSERT, cols);
    const done = Math.min(target, from + BATCH);
    if (done % 100_000 === 0 || done === target) {
      const seconds = (Date.now() - started) / 1000;
      log(
        `  ${done.toLocaleString('en')} rows, ${Math.round((done - n) / seconds).toLocaleString('en')} rows/s`,
      );
    }
  }
  await pending;
  await restoreIndexes(client, log);
  const vacuum = Date.now();
  await client.query(`vacuum (analyze) achievements`);
  log(`  vacuum analyze: ${((Date.now() - vacuum) / 1000).toFixed(1)} s`);
}
