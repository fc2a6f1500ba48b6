import type { ChildProcess } from 'node:child_process';
import { loginAs, registerMember } from '../support/factories.js';
import { listAchievement, openNeed, must as mustOn, sql as sqlOn } from '../support/flows.js';
import { ownRedis } from '../support/own-redis.js';
import { OPERATOR, type Platform, startPlatform, waitFor } from '../support/platform.js';

let platform: Platform;
let redis: Awaited<ReturnType<typeof ownRedis>>;
let operator: string;
let university: { token: string; user: any };
let enterprise: { token: string; user: any };
const bidders: Array<{ token: string; user: any }> = [];

const must = (query: string, variables: Record<string, unknown>, token?: string) =>
  mustOn(platform, query, variables, token);
const sql = (text: string, params: unknown[] = []) => sqlOn(platform, text, params);
const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );

beforeAll(async () => {
  redis = await ownRedis();
  platform = await startPlatform({ REDIS_URL: redis.url });
  operator = await loginAs(platform, OPERATOR.email, OPERATOR.password);
  university = await registerMember(platform, { organization: { kind: 'UNIVERSITY', regionCode: '220102' } });
  enterprise = await registerMember(platform, { organization: { kind: 'ENTERPRISE', regionCode: '220104' } });
  for (let i = 0; i < 2; i += 1)
    bidders.push(
      await registerMember(platform, { organization: { kind: 'ENTERPRISE', regionCode: '220104' } }),
    );
}, 90_000);
afterAll(async () => {
  await platform?.stop();
  await redis?.kill();
});

const WORDS = [
  '镁合金挤压',
  '锂电池回收',
  '燃料电池催化剂',
  '工业机器人视觉',
  '生物降解塑料',
  '数控机床误差',
  '水处理膜',
  '光伏逆变器',
];
const listOne = (title: string) =>
  listAchievement(platform, university.token, operator, {
    title,
    summary: `${title}的技术方案`,
    keywords: [title],
    fieldCodes: ['0301'],
    maturity: 'PILOT',
    transferModes: ['TRANSFER'],
  });
const openOne = (title: string) =>
  openNeed(platform, enterprise.token, operator, {
    title,
    description: `需要${title}技术`,
    fieldCodes: ['0301'],
    cooperationModes: ['TRANSFER'],
  });
async function auction(seconds: number) {
  const achievementId = await listOne(`拍卖标的${Date.now()}`);
  const { createTradeListing } = await must(
    `mutation($input: TradeListingInput!) { createTradeListing(input: $input) { id endsAt } }`,
    {
      input: {
        achievementId,
        mode: 'AUCTION',
        terms: 'TRANSFER',
        endsAt: new Date(Date.now() + seconds * 1000).toISOString(),
        auction: { startPrice: '100000', increment: '5000', extensionSeconds: 0 },
      },
    },
    university.token,
  );
  for (const b of bidders) {
    const { registerForListing } = await must(
      `mutation($l: ID!) { registerForListing(listingId: $l) { id } }`,
      { l: createTradeListing.id },
      b.token,
    );
    await must(
      `mutation($r: ID!) { confirmDeposit(registrationId: $r) { id } }`,
      { r: registerForListing.id },
      operator,
    );
  }
  return createTradeListing.id as string;
}
const BID = `mutation($l: ID!, $a: Money!, $k: String!) { placeBid(listingId: $l, amount: $a, idempotencyKey: $k) { id } }`;
const allDone = async () =>
  (await sql(`select count(*)::int as n from matching_states where status <> 'DONE'`))[0].n === 0;
const statusOf = async (id: string) =>
  (await sql(`select status from trade_listings where id = $1`, [id]))[0].status;
const closes = async (id: string) =>
  (
    await sql(`select count(*)::int as n from evidence_entries where listing_id = $1 and kind = 'CLOSE'`, [
      id,
    ])
  )[0].n;

/** The matching index agrees with itself: totals and document frequencies recomputed from the stored terms. */
async function indexIsConsistent() {
  const totals = await sql(
    `select t.kind, t.channel, t.doc_count, (select count(*)::int from listing_terms l where l.kind = t.kind) as actual from corpus_totals t`,
  );
  for (const t of totals) expect(t.doc_count).toBe(t.actual);
  const drift = await sql(
    `with actual as (select kind, 'word' as channel, term, count(*)::int as df from listing_terms, unnest(words) term group by 1, 3
       union all select kind, 'bigram', term, count(*)::int from listing_terms, unnest(bigrams) term group by 1, 3),
     dedup as (select kind, channel, term, count(*)::int as df from (
       select distinct kind, 'word' as channel, term, id from listing_terms, unnest(words) term
       union select distinct kind, 'bigram', term, id from listing_terms, unnest(bigrams) term) x group by 1, 2, 3)
     select count(*)::int as n from dedup d full join term_df t using (kind, channel, term) where coalesce(d.df, 0) <> coalesce(t.df, 0)`,
  );
  expect(drift[0].n).toBe(0);
}

describe('faults survived', () => {
  // each test starts from a Redis that answers, whatever the one before did to it
  beforeEach(async () => {
    if (!(await redis.ping())) await redis.start();
  });

  it('keeps answering reads while Redis is gone, loses no write, and rebuilds everything due from Postgres', async () => {
    const listing = await auction(6);
    await must(BID, { l: listing, a: '100000', k: 'before' }, bidders[0].token);
    await redis.kill();
    const started = Date.now();
    const read = await platform.gql(`{ achievements(first: 5) { totalCount } }`);
    expect(read.data?.achievements.totalCount).toBeGreaterThan(0);
    expect((await fetch(`${platform.url}/health`, { signal: AbortSignal.timeout(10_000) })).status).toBe(503);
    // writes that only need Postgres are kept: a bid, and a need that will be matched later
    const bid = await platform.gql(BID, { l: listing, a: '105000', k: 'during' }, bidders[1].token);
    expect(bid.data?.placeBid.id).toBeTruthy();
    const needId = await openOne('镁合金挤压成型');
    // a write that means nothing without the queue is refused clearly
    const rematch = await platform.gql(`mutation { rematchAll }`, {}, operator);
    expect(rematch.errors?.[0].extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      reason: 'QUEUE_UNAVAILABLE',
    });
    expect(Date.now() - started).toBeLessThan(20_000);
    await new Promise((r) => setTimeout(r, 2000));
    await redis.start(); // empty: it kept nothing on disk
    await waitFor(
      async () => (await statusOf(listing)) === 'DEALT',
      20_000,
      'the auction to close after Redis came back',
    );
    expect(await closes(listing)).toBe(1);
    expect((await sql(`select price::numeric as p from deals where listing_id = $1`, [listing]))[0].p).toBe(
      '105000.00',
    );
    await waitFor(
      async () =>
        (await sql(`select status from matching_states where subject_id = $1`, [needId]))[0]?.status ===
        'DONE',
      20_000,
      'the need to be matched after Redis came back',
    );
    await waitFor(async () => (await fetch(`${platform.url}/health`)).ok, 10_000, 'readiness to recover');
  }, 150_000);

  it('finishes matching correctly after the worker is killed mid-job (SIGKILL) and another starts', async () => {
    for (const w of WORDS) await listOne(`${w}技术${Date.now()}`);
    const needs = await Promise.all(WORDS.map((w) => openOne(`${w}需求`)));
    const worker = platform.processes.worker;
    worker.kill('SIGKILL');
    await exited(worker);
    await must(`mutation { rematchAll }`, {}, operator);
    const second = platform.spawnWorker();
    await new Promise((r) => setTimeout(r, 700));
    second.kill('SIGKILL');
    await exited(second);
    platform.spawnWorker();
    await waitFor(allDone, 60_000, 'every subject to be matched');
    await indexIsConsistent();
    const dupes = await sql(
      `select need_id, achievement_id, count(*) from matches where achievement_id is not null group by 1, 2 having count(*) > 1`,
    );
    expect(dupes).toEqual([]);
    const matched = await sql(
      `select count(distinct need_id)::int as n from matches where need_id = any($1::uuid[])`,
      [needs],
    );
    expect(matched[0].n).toBe(needs.length);
  }, 120_000);

  it('hands a job back or finishes it when the worker is stopped with SIGTERM', async () => {
    await must(`mutation { rematchAll }`, {}, operator);
    await new Promise((r) => setTimeout(r, 300));
    const running = platform.spawnWorker();
    await new Promise((r) => setTimeout(r, 800));
    running.kill('SIGTERM');
    await exited(running);
    expect(running.exitCode === 0 || running.signalCode === 'SIGTERM').toBe(true);
    await waitFor(allDone, 60_000, 'every subject to be matched');
    await indexIsConsistent();
  }, 90_000);

  it('recovers when Postgres drops every connection', async () => {
    await sql(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
    );
    await waitFor(
      async () => !!(await platform.gql(`{ achievements(first: 1) { totalCount } }`)).data,
      15_000,
      'the API to answer again',
    );
    const needId = await openOne('锂电池回收利用');
    await waitFor(
      async () =>
        (await sql(`select status from matching_states where subject_id = $1`, [needId]))[0]?.status ===
        'DONE',
      20_000,
      'matching to go on after the drop',
    );
  }, 60_000);

  it('closes an auction exactly once while the API is down and restarted', async () => {
    const listing = await auction(4);
    await must(BID, { l: listing, a: '100000', k: 'x' }, bidders[0].token);
    platform.processes.api.kill('SIGKILL');
    await exited(platform.processes.api);
    await new Promise((r) => setTimeout(r, 5000));
    const api = await platform.spawnApi();
    await waitFor(async () => (await statusOf(listing)) === 'DEALT', 20_000, 'the close');
    expect(await closes(listing)).toBe(1);
    const seen = await api.gql(`query($id: ID!) { tradeListing(id: $id) { status deal { price } } }`, {
      id: listing,
    });
    expect(seen.data?.tradeListing).toEqual({ status: 'DEALT', deal: { price: '100000.00' } });
  }, 60_000);
});
