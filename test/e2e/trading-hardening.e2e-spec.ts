import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { loginAs, registerMember } from '../support/factories.js';
import { listAchievement, must as mustOn, sql as sqlOn } from '../support/flows.js';
import { OPERATOR, type Platform, startPlatform, waitFor } from '../support/platform.js';

/**
 * The trading clock never stalls, whatever the queue's history: a worker whose clock runs ahead of the
 * database, and a close that fails until its retries are spent, both end in one close within 2 s.
 */
const PREFIX = `tm-clock-${randomBytes(4).toString('hex')}`;
const FAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1';
let platform: Platform;
let redis: Redis;
let operator: string;
let university: { token: string; user: any };
const bidders: Array<{ token: string; user: any }> = [];
let worker: ChildProcess;

const must = (query: string, variables: Record<string, unknown>, token?: string) =>
  mustOn(platform, query, variables, token);
const sql = (text: string, params: unknown[] = []) => sqlOn(platform, text, params);
const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );
/** A worker spawned (with extra env) and ready: its sweep is running. */
const readyWorker = async (env: Record<string, string> = {}) => {
  const child = platform.spawnWorker({ LOG_LEVEL: 'info', ...env });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the worker did not start within 60 s')), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('worker ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return child;
};
const stop = async (child: ChildProcess) => {
  child.kill('SIGTERM');
  await exited(child);
};

beforeAll(async () => {
  platform = await startPlatform({ QUEUE_PREFIX: PREFIX });
  redis = new Redis(String(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'));
  operator = await loginAs(platform, OPERATOR.email, OPERATOR.password);
  university = await registerMember(platform, { organization: { kind: 'UNIVERSITY', regionCode: '220102' } });
  for (let i = 0; i < 2; i += 1)
    bidders.push(
      await registerMember(platform, { organization: { kind: 'ENTERPRISE', regionCode: '220104' } }),
    );
  worker = platform.processes.worker;
}, 90_000);
afterAll(async () => {
  redis?.disconnect();
  await platform?.stop();
});

const BID = `mutation($l: ID!, $a: Money!, $k: String!) { placeBid(listingId: $l, amount: $a, idempotencyKey: $k) { id } }`;

/** An auction ending in `seconds`, both bidders registered and paid, one bid of 100000 by the first. */
async function auction(seconds: number) {
  const achievementId = await listAchievement(platform, university.token, operator, {
    title: `时钟拍卖标的${Date.now()}`,
    summary: '用于检验交易时钟的成果',
    keywords: ['时钟'],
    fieldCodes: ['0301'],
    maturity: 'PILOT',
    transferModes: ['TRANSFER'],
  });
  const { createTradeListing } = await must(
    `mutation($input: TradeListingInput!) { createTradeListing(input: $input) { id } }`,
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
  const id = createTradeListing.id as string;
  for (const b of bidders) {
    const { registerForListing } = await must(
      `mutation($l: ID!) { registerForListing(listingId: $l) { id } }`,
      { l: id },
      b.token,
    );
    await must(
      `mutation($r: ID!) { confirmDeposit(registrationId: $r) { id } }`,
      { r: registerForListing.id },
      operator,
    );
  }
  await must(BID, { l: id, a: '100000', k: `first-${id}` }, bidders[0].token);
  return id;
}

const listingRow = async (id: string) =>
  (
    await sql(
      `select status, ends_at, closed_at, extract(epoch from closed_at - ends_at)::float8 as late
       from trade_listings where id = $1`,
      [id],
    )
  )[0];
const closes = async (id: string) =>
  (
    await sql(`select count(*)::int as n from evidence_entries where listing_id = $1 and kind = 'CLOSE'`, [
      id,
    ])
  )[0].n;
const notices = async (id: string) =>
  Object.fromEntries(
    (
      await sql(
        `select kind, count(*)::int as n from notifications n join trade_listings l on l.id = n.subject_id
         where n.subject_id = $1 and n.created_at = l.closed_at group by kind`,
        [id],
      )
    ).map((r) => [r.kind, r.n]),
  );

/** One close, one deal at the bid, each party told once. */
async function closedOnce(id: string) {
  expect(await closes(id)).toBe(1);
  expect((await sql(`select count(*)::int as n from deals where listing_id = $1`, [id]))[0].n).toBe(1);
  expect(await notices(id)).toEqual({ AUCTION_WON: 1, AUCTION_LOST: 1, TRADE_STEP: 1 });
}

describe('the trading clock', () => {
  it('closes on time, once, with a worker whose clock runs 2 s ahead of the database', async () => {
    await stop(worker);
    worker = await readyWorker({ LD_PRELOAD: FAKETIME, FAKETIME: '+2s' });
    const id = await auction(8);
    await waitFor(async () => (await listingRow(id)).status === 'DEALT', 20_000, 'the close').catch((err) => {
      throw new Error(
        `${String(err)}; the worker said:\n${(worker as ChildProcess & { tail?: string[] }).tail?.join('')}`,
      );
    });
    const row = await listingRow(id);
    // never before its end by the database clock, and within 2 s after it
    expect(row.late).toBeGreaterThanOrEqual(0);
    expect(row.late).toBeLessThan(2);
    await new Promise((r) => setTimeout(r, 1500));
    await closedOnce(id);
  }, 60_000);

  it('closes once, within 2 s, after a close that failed until its job was parked as failed', async () => {
    await stop(worker);
    worker = await readyWorker();
    const id = await auction(8);
    // every close of this listing fails, as it would with Postgres away at its end
    await sql(`create or replace function test_fail_close() returns trigger language plpgsql as $$
      begin raise exception 'injected close failure'; end $$`);
    await sql(
      `create trigger test_fail_close before insert on evidence_entries for each row
       when (new.kind = 'CLOSE' and new.listing_id = '${id}') execute function test_fail_close()`,
    );
    await waitFor(
      async () =>
        (await redis.zrange(`${PREFIX}:trading:failed`, 0, -1)).some((job) => job.startsWith(`close-${id}-`)),
      60_000,
      'the close job to spend its retries and be parked as failed',
    );
    expect((await listingRow(id)).status).toBe('OPEN');
    await sql(`drop trigger test_fail_close on evidence_entries`);
    const [{ recovered }] = await sql(`select clock_timestamp() as recovered`);
    await waitFor(async () => (await listingRow(id)).status === 'DEALT', 10_000, 'the close after recovery');
    const [{ after }] = await sql(
      `select extract(epoch from closed_at - $2::timestamptz)::float8 as after from trade_listings where id = $1`,
      [id, recovered],
    );
    expect(after).toBeLessThan(2);
    await new Promise((r) => setTimeout(r, 1500));
    await closedOnce(id);
  }, 120_000);

  it('refuses offers, counters and acceptances once the end has passed by the database clock, before the close runs', async () => {
    await stop(worker);
    const achievementId = await listAchievement(platform, university.token, operator, {
      title: `协议定价标的${Date.now()}`,
      summary: '用于检验报价截止的成果',
      keywords: ['报价'],
      fieldCodes: ['0301'],
      maturity: 'PILOT',
      transferModes: ['LICENSE'],
    });
    const { createTradeListing: listing } = await must(
      `mutation($input: TradeListingInput!) { createTradeListing(input: $input) { id } }`,
      {
        input: {
          achievementId,
          mode: 'NEGOTIATED',
          terms: 'LICENSE',
          listPrice: '800000',
          endsAt: new Date(Date.now() + 3000).toISOString(),
        },
      },
      university.token,
    );
    const OFFER = `mutation($l: ID!, $a: Money!) { makeOffer(listingId: $l, amount: $a) { id } }`;
    const RESPOND = `mutation($o: ID!, $a: OfferAction!, $c: Money) { respondOffer(offerId: $o, action: $a, counterAmount: $c) { id } }`;
    const offered = (await must(OFFER, { l: listing.id, a: '500000' }, bidders[0].token)).makeOffer.id;
    const countered = (await must(OFFER, { l: listing.id, a: '600000' }, bidders[1].token)).makeOffer.id;
    await must(RESPOND, { o: countered, a: 'COUNTER', c: '700000' }, university.token);
    await waitFor(
      async () =>
        (
          await sql(`select clock_timestamp() > ends_at as past from trade_listings where id = $1`, [
            listing.id,
          ])
        )[0].past,
      10_000,
      'the end to pass by the database clock',
    );
    const closed = { code: 'CONFLICT', reason: 'LISTING_CLOSED' };
    const attempts = [
      platform.gql(OFFER, { l: listing.id, a: '900000' }, bidders[0].token),
      platform.gql(RESPOND, { o: offered, a: 'ACCEPT' }, university.token),
      platform.gql(RESPOND, { o: offered, a: 'COUNTER', c: '650000' }, university.token),
      platform.gql(RESPOND, { o: countered, a: 'ACCEPT' }, bidders[1].token),
    ];
    for (const res of await Promise.all(attempts)) expect(res.errors?.[0].extensions).toMatchObject(closed);
    expect((await sql(`select status from trade_listings where id = $1`, [listing.id]))[0].status).toBe(
      'OPEN',
    );
    expect(
      (
        await sql(
          `select count(*)::int as n from offers where listing_id = $1 and status <> 'OPEN' and status <> 'COUNTERED'`,
          [listing.id],
        )
      )[0].n,
    ).toBe(0);
    worker = platform.spawnWorker();
    await waitFor(
      async () =>
        (await sql(`select status from trade_listings where id = $1`, [listing.id]))[0].status === 'FAILED',
      30_000,
      'the close with no agreement',
    );
  }, 90_000);
});

describe('trading writes', () => {
  const inIndex = async (achievementId: string) =>
    (
      await sql(`select count(*)::int as n from listing_terms where kind = 'ACHIEVEMENT' and id = $1`, [
        achievementId,
      ])
    )[0].n;
  const matched = (achievementId: string) =>
    waitFor(
      async () =>
        (await sql(`select status from matching_states where subject_id = $1`, [achievementId]))[0]
          ?.status === 'DONE',
      30_000,
      'the achievement to be matched',
    );

  it('takes a dealt achievement out of matching, keeping it while its trade runs', async () => {
    if (worker.exitCode !== null || worker.signalCode !== null) worker = platform.spawnWorker();
    const id = await auction(8);
    const [{ achievementId }] = await sql(
      `select achievement_id as "achievementId" from trade_listings where id = $1`,
      [id],
    );
    await matched(achievementId);
    expect(await inIndex(achievementId)).toBe(1); // IN_TRADE: still for sale, still matched
    await waitFor(async () => (await listingRow(id)).status === 'DEALT', 30_000, 'the close');
    await waitFor(
      async () => (await inIndex(achievementId)) === 0,
      30_000,
      'the dealt achievement to leave the index',
    );
    await matched(achievementId);
  }, 90_000);

  it('makes one offer per idempotency key, and a notice that cannot be stored fails the offer instead of following it', async () => {
    const achievementId = await listAchievement(platform, university.token, operator, {
      title: `报价幂等标的${Date.now()}`,
      summary: '用于检验报价幂等的成果',
      keywords: ['幂等'],
      fieldCodes: ['0301'],
      maturity: 'PILOT',
      transferModes: ['LICENSE'],
    });
    const { createTradeListing: listing } = await must(
      `mutation($input: TradeListingInput!) { createTradeListing(input: $input) { id } }`,
      {
        input: {
          achievementId,
          mode: 'NEGOTIATED',
          terms: 'LICENSE',
          listPrice: '800000',
          endsAt: new Date(Date.now() + 3600_000).toISOString(),
        },
      },
      university.token,
    );
    const offers = async () =>
      (await sql(`select count(*)::int as n from offers where listing_id = $1`, [listing.id]))[0].n;
    await sql(`create or replace function test_fail_notice() returns trigger language plpgsql as $$
      begin raise exception 'injected notice failure'; end $$`);
    await sql(
      `create trigger test_fail_notice before insert on notifications for each row
       when (new.kind = 'OFFER_RECEIVED') execute function test_fail_notice()`,
    );
    const failed = await platform.gql(
      `mutation($l: ID!) { makeOffer(listingId: $l, amount: "500000") { id } }`,
      { l: listing.id },
      bidders[0].token,
    );
    await sql(`drop trigger test_fail_notice on notifications`);
    expect(failed.errors).toBeDefined();
    expect(await offers()).toBe(0); // a failed answer means no offer: retrying it is safe

    const KEYED = `mutation($l: ID!, $a: Money!, $k: String) { makeOffer(listingId: $l, amount: $a, idempotencyKey: $k) { id amount } }`;
    const first = (await must(KEYED, { l: listing.id, a: '500000', k: 'offer-1' }, bidders[0].token))
      .makeOffer;
    const again = (await must(KEYED, { l: listing.id, a: '500000', k: 'offer-1' }, bidders[0].token))
      .makeOffer;
    expect(again).toEqual(first);
    const reused = await platform.gql(KEYED, { l: listing.id, a: '510000', k: 'offer-1' }, bidders[0].token);
    expect(reused.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(await offers()).toBe(1);
    const received = await sql(
      `select count(*)::int as n from notifications where subject_id = $1 and kind = 'OFFER_RECEIVED'`,
      [listing.id],
    );
    expect(received[0].n).toBe(1);
  }, 60_000);

  it('sets a match DEALT and its docking CLOSED when a contract follows, and lets either party close a docking', async () => {
    if (worker.exitCode !== null || worker.signalCode !== null) worker = platform.spawnWorker();
    const buyer = bidders[1];
    const achievementId = await listAchievement(platform, university.token, operator, {
      title: '镁合金挤压成型工艺',
      summary: '镁合金挤压成型的工艺与模具',
      keywords: ['镁合金', '挤压成型'],
      fieldCodes: ['0301'],
      maturity: 'PILOT',
      transferModes: ['TRANSFER'],
    });
    const { createNeed } = await must(
      `mutation($input: NeedInput!) { createNeed(input: $input) { id } }`,
      {
        input: {
          title: '镁合金挤压成型需求',
          description: '需要镁合金挤压成型技术',
          fieldCodes: ['0301'],
          cooperationModes: ['TRANSFER'],
        },
      },
      buyer.token,
    );
    await must(`mutation($id: ID!) { submitNeed(id: $id) { status } }`, { id: createNeed.id }, buyer.token);
    await must(
      `mutation($id: ID!) { reviewNeed(id: $id, approve: true) { status } }`,
      { id: createNeed.id },
      operator,
    );
    let matchId = '';
    await waitFor(
      async () => {
        const [m] = await sql(`select id from matches where need_id = $1 and achievement_id = $2`, [
          createNeed.id,
          achievementId,
        ]);
        matchId = m?.id ?? '';
        return !!m;
      },
      30_000,
      'the need and the achievement to be matched',
    );
    const DOCK = `mutation($input: DockingInput!) { requestDocking(input: $input) { id status } }`;
    const fromMatch = (await must(DOCK, { input: { matchId, message: '希望洽谈' } }, buyer.token))
      .requestDocking;
    const direct = (await must(DOCK, { input: { achievementId, message: '另一次洽谈' } }, bidders[0].token))
      .requestDocking;
    const CLOSE = `mutation($id: ID!) { closeDocking(id: $id) { id status } }`;
    expect((await must(CLOSE, { id: direct.id }, bidders[0].token)).closeDocking.status).toBe('CLOSED');
    const twice = await platform.gql(CLOSE, { id: direct.id }, university.token);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DOCKING_ENDED' });

    await must(
      `mutation($input: ContractInput!) { createContract(input: $input) { id } }`,
      {
        input: {
          title: '镁合金挤压成型技术转让合同',
          kind: 'TRANSFER',
          amount: '300000',
          sellerId: university.user.organization.id,
          buyerId: buyer.user.organization.id,
          achievementId,
        },
      },
      buyer.token,
    );
    const [d] = await sql(`select status from dockings where id = $1`, [fromMatch.id]);
    expect(d.status).toBe('CLOSED');
    const { match } = await must(
      `query($id: ID!) { match(id: $id) { status } }`,
      { id: matchId },
      buyer.token,
    );
    expect(match.status).toBe('DEALT');
  }, 90_000);
});
