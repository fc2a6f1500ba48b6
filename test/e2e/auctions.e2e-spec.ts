import { loginAs, registerMember } from '../support/factories.js';
import { metric } from '../support/inspect.js';
import { listAchievement, must as mustOn, sql as sqlOn } from '../support/flows.js';
import { OPERATOR, type Platform, startPlatform, waitFor } from '../support/platform.js';

let platform: Platform;
let operator: string;
let seller: { token: string; user: any };
const bidders: Array<{ token: string; user: any }> = [];

const must = (query: string, variables: Record<string, unknown>, token?: string) =>
  mustOn(platform, query, variables, token);
const sql = (text: string, params: unknown[] = []) => sqlOn(platform, text, params);

beforeAll(async () => {
  platform = await startPlatform();
  operator = await loginAs(platform, OPERATOR.email, OPERATOR.password);
  seller = await registerMember(platform, { organization: { kind: 'UNIVERSITY', regionCode: '220102' } });
  for (let i = 0; i < 6; i += 1)
    bidders.push(
      await registerMember(platform, { organization: { kind: 'ENTERPRISE', regionCode: '220104' } }),
    );
}, 90_000);
afterAll(() => platform?.stop());

const listedAchievement = () =>
  listAchievement(platform, seller.token, operator, {
    title: '一种高强镁合金',
    summary: '镁合金挤压成型方法',
    fieldCodes: ['0301'],
    maturity: 'PILOT',
    transferModes: ['TRANSFER'],
  });

const CREATE = `mutation($input: TradeListingInput!) { createTradeListing(input: $input) { id mode currentMode status endsAt
  auction { startPrice increment depositAmount hasReserve extensionSeconds forfeitIfNoBid status } } }`;
const BID = `mutation($l: ID!, $a: Money!, $k: String!) { placeBid(listingId: $l, amount: $a, idempotencyKey: $k) { id paddle amount createdAt } }`;
const REGISTER = `mutation($l: ID!) { registerForListing(listingId: $l) { id paddle depositAmount depositStatus } }`;
const CONFIRM = `mutation($r: ID!) { confirmDeposit(registrationId: $r) { id depositStatus } }`;
const STATE = `query($id: ID!) { tradeListing(id: $id) { status currentMode endsAt registrationCount deal { id price }
  auction { currentPrice leadingPaddle bidCount endsAt status reserveMet hasReserve bids(first: 100) { paddle amount } }
  evidence { valid length firstInvalidIndex } } }`;

async function auction(seconds: number, extra: Record<string, unknown> = {}) {
  const achievementId = await listedAchievement();
  const { createTradeListing } = await must(
    CREATE,
    {
      input: {
        achievementId,
        mode: 'AUCTION',
        terms: 'TRANSFER',
        endsAt: new Date(Date.now() + seconds * 1000).toISOString(),
        auction: { startPrice: '100000', increment: '5000', extensionSeconds: 2, ...extra },
      },
    },
    seller.token,
  );
  return createTradeListing;
}

async function paidBidders(listingId: string, count: number) {
  const regs = [];
  for (const b of bidders.slice(0, count)) {
    const { registerForListing } = await must(REGISTER, { l: listingId }, b.token);
    if (registerForListing.depositStatus === 'PENDING')
      await must(CONFIRM, { r: registerForListing.id }, operator);
    regs.push(registerForListing);
  }
  return regs;
}

/** Waits for the close to make the deal; the deposits' statuses in paddle order. */
async function depositsOnceDealt(listingId: string): Promise<string[]> {
  await waitFor(
    async () => (await must(STATE, { id: listingId })).tradeListing.status === 'DEALT',
    10_000,
    'the close',
  );
  const rows = await sql(`select deposit_status from registrations where listing_id = $1 order by paddle`, [
    listingId,
  ]);
  return rows.map((d: any) => d.deposit_status);
}

describe('an auction (竞价拍卖)', () => {
  it('takes only valid bids, under paddle numbers, and answers a replay with the same bid', async () => {
    const listing = await auction(60, { reservePrice: '200000' });
    expect(listing.auction).toMatchObject({
      startPrice: '100000.00',
      increment: '5000.00',
      depositAmount: '10000.00',
      hasReserve: true,
    });
    const { registerForListing: unpaid } = await must(REGISTER, { l: listing.id }, bidders[0].token);
    expect(unpaid).toMatchObject({ paddle: '001', depositStatus: 'PENDING', depositAmount: '10000.00' });
    const reason = async (token: string, amount: string, key = `${Math.random()}`) =>
      (await platform.gql(BID, { l: listing.id, a: amount, k: key }, token)).errors?.[0].extensions;
    expect(await reason(bidders[0].token, '100000')).toMatchObject({ reason: 'DEPOSIT_REQUIRED' });
    expect(await reason(seller.token, '100000')).toMatchObject({ reason: 'OWN_LISTING' });
    expect(
      (await platform.gql(REGISTER, { l: listing.id }, seller.token)).errors?.[0].extensions?.reason,
    ).toBe('OWN_LISTING');
    await must(CONFIRM, { r: unpaid.id }, operator);
    expect((await platform.gql(CONFIRM, { r: unpaid.id }, operator)).errors?.[0].extensions?.code).toBe(
      'CONFLICT',
    );
    expect(
      (await platform.gql(CONFIRM, { r: unpaid.id }, bidders[1].token)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect(await reason(bidders[0].token, '95000')).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'BID_TOO_LOW',
    });
    expect(await reason(bidders[0].token, '102000')).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'OFF_INCREMENT',
    });
    const first = (await must(BID, { l: listing.id, a: '100000', k: 'k-1' }, bidders[0].token)).placeBid;
    expect(first).toMatchObject({ paddle: '001', amount: '100000.00' });
    const replay = (await must(BID, { l: listing.id, a: '100000', k: 'k-1' }, bidders[0].token)).placeBid;
    expect(replay).toEqual(first);
    expect(await reason(bidders[0].token, '105000')).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_LEADING',
    });
    await paidBidders(listing.id, 2);
    expect(await reason(bidders[1].token, '100000')).toMatchObject({ reason: 'BID_TOO_LOW' });
    await must(BID, { l: listing.id, a: '110000', k: 'k-2' }, bidders[1].token);
    const state = (await must(STATE, { id: listing.id })).tradeListing;
    expect(state.auction).toMatchObject({
      currentPrice: '110000.00',
      leadingPaddle: '002',
      bidCount: 2,
      reserveMet: false,
    });
    expect(state.registrationCount).toBe(2);
    expect(JSON.stringify(state)).not.toContain(bidders[1].user.organization.id);
    const tooMany = await platform.gql(
      `query($id: ID!) { tradeListing(id: $id) { auction { bids(first: 101) { amount } } } }`,
      { id: listing.id },
    );
    expect(tooMany.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_PAGE_SIZE',
    });
  }, 30_000);

  it('shows operators the deposits to confirm, longest waiting first, and a buyer only its own registrations', async () => {
    const listing = await auction(60);
    const regs = [];
    for (const b of bidders.slice(0, 3))
      regs.push((await must(REGISTER, { l: listing.id }, b.token)).registerForListing);
    await must(CONFIRM, { r: regs[1].id }, operator);
    const LIST = `query($l: ID, $s: [DepositStatus!], $first: Int, $after: String) {
      registrations(listingId: $l, depositStatus: $s, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id paddle depositStatus createdAt buyer { id } listing { id } } } } }`;
    const pending = (await must(LIST, { l: listing.id, s: ['PENDING'], first: 1 }, operator)).registrations;
    expect(pending.totalCount).toBe(2);
    expect(pending.edges.map((e: any) => e.node.paddle)).toEqual(['001']);
    expect(pending.pageInfo.hasNextPage).toBe(true);
    const rest = (
      await must(
        LIST,
        { l: listing.id, s: ['PENDING'], first: 1, after: pending.pageInfo.endCursor },
        operator,
      )
    ).registrations;
    expect(rest.edges.map((e: any) => e.node.paddle)).toEqual(['003']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const all = (await must(LIST, { l: listing.id }, operator)).registrations;
    expect(all.edges.map((e: any) => [e.node.paddle, e.node.depositStatus])).toEqual([
      ['001', 'PENDING'],
      ['002', 'PAID'],
      ['003', 'PENDING'],
    ]);
    // a buyer sees its own registration and no other bidder's, on this listing or anywhere
    const own = (await must(LIST, { l: listing.id }, bidders[2].token)).registrations;
    expect(own.edges.map((e: any) => e.node.id)).toEqual([regs[2].id]);
    const everywhere = (await must(LIST, { first: 100 }, bidders[2].token)).registrations;
    expect(everywhere.edges.every((e: any) => e.node.buyer.id === bidders[2].user.organization.id)).toBe(
      true,
    );
    expect((await must(LIST, { l: listing.id }, seller.token)).registrations.totalCount).toBe(0);
    const refused = async (variables: Record<string, unknown>, token?: string) =>
      (await platform.gql(LIST, variables, token)).errors?.[0].extensions;
    expect(await refused({ l: listing.id })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await refused({ first: 101 }, operator)).toMatchObject({ reason: 'INVALID_PAGE_SIZE' });
    expect(await refused({ after: 'forged' }, operator)).toMatchObject({ reason: 'INVALID_CURSOR' });
    expect(await refused({ l: 'no-such-listing' }, operator)).toMatchObject({ code: 'NOT_FOUND' });
  }, 30_000);

  it('keeps every accepted bid exactly once when bidders race, prices strictly rising on the grid', async () => {
    const listing = await auction(60);
    await paidBidders(listing.id, 6);
    for (let round = 0; round < 5; round += 1) {
      const state = (await must(STATE, { id: listing.id })).tradeListing.auction;
      const next = state.currentPrice ? Number(state.currentPrice) + 5000 : 100000;
      // every bidder goes for the same next price at once: exactly one wins it
      const results = await Promise.all(
        bidders.map((b, i) =>
          platform.gql(BID, { l: listing.id, a: String(next), k: `r${round}-${i}` }, b.token),
        ),
      );
      const accepted = results.filter((r) => r.data?.placeBid);
      expect(accepted).toHaveLength(1);
      for (const r of results.filter((x) => x.errors))
        expect(['BID_TOO_LOW', 'ALREADY_LEADING']).toContain(r.errors?.[0].extensions?.reason);
    }
    const rows = await sql(
      `select amount::numeric as amount from bids where listing_id = $1 order by created_at, amount`,
      [listing.id],
    );
    const amounts = rows.map((r: any) => Number(r.amount));
    expect(amounts).toEqual([100000, 105000, 110000, 115000, 120000]);
    const [l] = await sql(`select current_price::numeric as p, bid_count from trade_listings where id = $1`, [
      listing.id,
    ]);
    expect([Number(l.p), l.bid_count]).toEqual([120000, 5]);
  }, 40_000);

  it('answers a replay the same while other bidders race it for the same price through one process', async () => {
    const listing = await auction(60);
    await paidBidders(listing.id, 6);
    for (let round = 0; round < 4; round += 1) {
      const state = (await must(STATE, { id: listing.id })).tradeListing.auction;
      const next = String(state.currentPrice ? Number(state.currentPrice) + 5000 : 100000);
      // bidder 0 sends one request three times (a client retrying), the others one each, all at once
      const senders = [0, 0, 0, 1, 2, 3, 4, 5];
      const results = await Promise.all(
        senders.map((b, i) =>
          platform.gql(
            BID,
            { l: listing.id, a: next, k: b === 0 ? `t${round}` : `t${round}-${i}` },
            bidders[b].token,
          ),
        ),
      );
      const answer = (r: (typeof results)[number]) =>
        r.data?.placeBid?.id ?? String(r.errors?.[0].extensions?.reason);
      expect(new Set(results.slice(0, 3).map(answer)).size).toBe(1);
      expect(new Set(results.filter((r) => r.data?.placeBid).map(answer)).size).toBe(1);
      for (const r of results.filter((x) => x.errors))
        expect(['BID_TOO_LOW', 'ALREADY_LEADING']).toContain(r.errors?.[0].extensions?.reason);
    }
    const [n] = await sql(
      `select count(*)::int as n, max(amount)::numeric as top from bids where listing_id = $1`,
      [listing.id],
    );
    expect([n.n, Number(n.top)]).toEqual([4, 115000]);
  }, 40_000);

  it('answers a replay raced through two API processes with one bid', async () => {
    const other = await platform.spawnApi();
    const listing = await auction(60);
    await paidBidders(listing.id, 2);
    // the same (bidder, key, amount) six times at once, half through each process
    const replies = await Promise.all(
      [0, 1, 2, 3, 4, 5].map((i) =>
        (i % 2 ? other.gql : platform.gql)(BID, { l: listing.id, a: '100000', k: 'same' }, bidders[0].token),
      ),
    );
    const ids = new Set(replies.map((r) => r.data?.placeBid?.id));
    expect(replies.filter((r) => r.errors)).toEqual([]);
    expect(ids.size).toBe(1);
    const [n] = await sql(`select count(*)::int as n from bids where listing_id = $1`, [listing.id]);
    expect(n.n).toBe(1);
  }, 40_000);

  it("decides every bid under the lot's row lock when told to, with the same outcomes", async () => {
    // BID_OPTIMISTIC_TRIES=0: the fallback a bid takes after lost races, taken by every bid
    const locked = await platform.spawnApi({ BID_OPTIMISTIC_TRIES: '0' });
    const listing = await auction(60);
    await paidBidders(listing.id, 6);
    let winner = -1;
    for (let round = 0; round < 4; round += 1) {
      const next = 100000 + round * 5000;
      const results = await Promise.all(
        bidders.map((b, i) =>
          locked.gql(BID, { l: listing.id, a: String(next), k: `L${round}-${i}` }, b.token),
        ),
      );
      expect(results.filter((r) => r.data?.placeBid)).toHaveLength(1);
      winner = results.findIndex((r) => r.data?.placeBid);
      for (const r of results.filter((x) => x.errors))
        expect(['BID_TOO_LOW', 'ALREADY_LEADING']).toContain(r.errors?.[0].extensions?.reason);
    }
    // someone other than the leader, three times at once with one key
    const replayer = bidders[(winner + 1) % bidders.length];
    const replay = await Promise.all(
      [0, 1, 2].map(() => locked.gql(BID, { l: listing.id, a: '120000', k: 'L-replay' }, replayer.token)),
    );
    expect(replay.filter((r) => r.errors)).toEqual([]);
    expect(new Set(replay.map((r) => r.data?.placeBid?.id)).size).toBe(1);
    const rows = await sql(
      `select amount::numeric as amount from bids where listing_id = $1 order by created_at`,
      [listing.id],
    );
    expect(rows.map((r: any) => Number(r.amount))).toEqual([100000, 105000, 110000, 115000, 120000]);
    const text = await (await fetch(`${locked.url}/metrics`)).text();
    const decided = (path: string, outcome: string) =>
      Number(
        text.match(
          new RegExp(`^auction_bid_decisions_total\\{path="${path}",outcome="${outcome}"\\} (\\d+)`, 'm'),
        )?.[1] ?? 0,
      );
    expect(decided('lock', 'accepted')).toBe(5);
    expect(decided('read', 'accepted') + decided('read', 'refused')).toBe(0);
  }, 60_000);

  it('knows the leader after waiting on the lock: no self-outbid, and the outbid bidder is always told', async () => {
    // A bid that waits for the listing's row lock behind an accepted bid must see that bid's leader
    // (a join in the locking select is not re-read by Postgres after the wait, and came back empty).
    const listing = await auction(60);
    await paidBidders(listing.id, 2);
    const [a, b] = bidders;
    let price = 100000;
    for (let round = 0; round < 8; round += 1) {
      await must(BID, { l: listing.id, a: String(price), k: `j${round}` }, a.token);
      // b's two bids race: the second waits behind the first and must then be ALREADY_LEADING
      const both = await Promise.all(
        [price + 5000, price + 10000].map((amount, i) =>
          platform.gql(BID, { l: listing.id, a: String(amount), k: `j${round}-${i}` }, b.token),
        ),
      );
      expect(both.filter((r) => r.data?.placeBid)).toHaveLength(1);
      for (const r of both.filter((x) => x.errors))
        expect(['ALREADY_LEADING', 'BID_TOO_LOW']).toContain(r.errors?.[0].extensions?.reason);
      price += 15000;
    }
    const [n] = await sql(
      `select (select count(*)::int from bids where listing_id = $1) as bids,
         (select count(*)::int from notifications where subject_id = $1 and kind = 'OUTBID') as outbid`,
      [listing.id],
    );
    expect(n).toEqual({ bids: 16, outbid: 15 });
  }, 30_000);

  it('extends the end on a late bid, closes once with two workers, settles deposits and makes one deal', async () => {
    platform.spawnWorker();
    const listing = await auction(4);
    const regs = await paidBidders(listing.id, 3);
    await must(BID, { l: listing.id, a: '100000', k: 'a' }, bidders[0].token);
    const before = new Date((await must(STATE, { id: listing.id })).tradeListing.endsAt).getTime();
    await new Promise((r) => setTimeout(r, Math.max(0, before - Date.now() - 1200)));
    const late = (await must(BID, { l: listing.id, a: '105000', k: 'b' }, bidders[1].token)).placeBid;
    const after = new Date((await must(STATE, { id: listing.id })).tradeListing.endsAt).getTime();
    expect(after).toBe(new Date(late.createdAt).getTime() + 2000);
    expect(after).toBeGreaterThan(before);
    await waitFor(
      async () => (await must(STATE, { id: listing.id })).tradeListing.status !== 'OPEN',
      10_000,
      'the close',
    );
    const closed = (await must(STATE, { id: listing.id })).tradeListing;
    expect(closed.status).toBe('DEALT');
    expect(closed.deal).toMatchObject({ price: '105000.00' });
    expect((await sql(`select count(*)::int as n from deals where listing_id = $1`, [listing.id]))[0].n).toBe(
      1,
    );
    const deposits = await sql(
      `select paddle, deposit_status from registrations where listing_id = $1 order by paddle`,
      [listing.id],
    );
    expect(deposits.map((d: any) => d.deposit_status)).toEqual(['REFUNDED', 'APPLIED', 'REFUNDED']);
    expect(regs.map((r) => r.paddle)).toEqual(['001', '002', '003']);
    const refused = await platform.gql(BID, { l: listing.id, a: '110000', k: 'c' }, bidders[2].token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'AUCTION_CLOSED' });
    const won = await must('{ myNotifications { kind subjectId } }', {}, bidders[1].token);
    expect(won.myNotifications).toEqual(
      expect.arrayContaining([{ kind: 'AUCTION_WON', subjectId: listing.id }]),
    );
    const lost = await must('{ myNotifications { kind subjectId } }', {}, bidders[2].token);
    expect(lost.myNotifications).toEqual(
      expect.arrayContaining([{ kind: 'AUCTION_LOST', subjectId: listing.id }]),
    );
    const outbid = await must('{ myNotifications { kind subjectId } }', {}, bidders[0].token);
    expect(outbid.myNotifications).toEqual(
      expect.arrayContaining([{ kind: 'OUTBID', subjectId: listing.id }]),
    );
    const closes = await sql(
      `select count(*)::int as n from evidence_entries where listing_id = $1 and kind = 'CLOSE'`,
      [listing.id],
    );
    expect(closes[0].n).toBe(1);
    // with two workers racing the close, each party hears the outcome once, the seller included
    const told = await sql(
      `select u.organization_id as org, n.kind, n.title, count(*)::int as n from notifications n join users u on u.id = n.user_id
       where n.subject_id = $1 and n.kind <> 'OUTBID' group by 1, 2, 3`,
      [listing.id],
    );
    const org = (m: { user: any }) => m.user.organization.id;
    expect(told).toEqual(
      expect.arrayContaining([
        { org: org(seller), kind: 'TRADE_STEP', title: '拍卖成交', n: 1 },
        { org: org(bidders[1]), kind: 'AUCTION_WON', title: '竞价成功', n: 1 },
        { org: org(bidders[0]), kind: 'AUCTION_LOST', title: '竞价未中', n: 1 },
        { org: org(bidders[2]), kind: 'AUCTION_LOST', title: '竞价未中', n: 1 },
      ]),
    );
    expect(told.filter((t: any) => t.title !== '保证金已确认')).toHaveLength(4);
  }, 40_000);

  it('accepts a bid at the closing second before the close or refuses it, never both', async () => {
    const listing = await auction(3, { extensionSeconds: 0 });
    await paidBidders(listing.id, 2);
    const endsAt = new Date(listing.endsAt).getTime();
    await new Promise((r) => setTimeout(r, Math.max(0, endsAt - Date.now() - 300)));
    const outcomes: Array<{ ok: boolean; reason?: string; at?: string }> = [];
    let price = 100000;
    let turn = 0;
    while (Date.now() < endsAt + 700) {
      const res = await platform.gql(
        BID,
        { l: listing.id, a: String(price), k: `t${turn}` },
        bidders[turn % 2].token,
      );
      if (res.data?.placeBid) {
        outcomes.push({ ok: true, at: res.data.placeBid.createdAt });
        price += 5000;
        turn += 1;
      } else outcomes.push({ ok: false, reason: res.errors?.[0].extensions?.reason });
    }
    expect(outcomes.some((o) => o.ok)).toBe(true);
    expect(outcomes.some((o) => o.reason === 'AUCTION_CLOSED')).toBe(true);
    for (const o of outcomes.filter((x) => !x.ok)) expect(o.reason).toBe('AUCTION_CLOSED');
    const firstRefusal = outcomes.findIndex((o) => !o.ok);
    expect(outcomes.slice(firstRefusal).every((o) => !o.ok)).toBe(true);
    await waitFor(
      async () => (await must(STATE, { id: listing.id })).tradeListing.status === 'DEALT',
      10_000,
      'the close',
    );
    const bids = await sql(`select max(created_at) as last from bids where listing_id = $1`, [listing.id]);
    const [l] = await sql(`select ends_at, current_price::numeric as p from trade_listings where id = $1`, [
      listing.id,
    ]);
    expect(new Date(bids[0].last).getTime()).toBeLessThan(new Date(l.ends_at).getTime());
    expect(Number((await must(STATE, { id: listing.id })).tradeListing.deal.price)).toBe(price - 5000);
  }, 30_000);

  it('fails (流拍) below the reserve and refunds every deposit', async () => {
    const listing = await auction(2, { reservePrice: '500000' });
    await paidBidders(listing.id, 2);
    await must(BID, { l: listing.id, a: '100000', k: 'x' }, bidders[0].token);
    await waitFor(
      async () => (await must(STATE, { id: listing.id })).tradeListing.status === 'FAILED',
      10_000,
      'the failure',
    );
    const deposits = await sql(`select deposit_status from registrations where listing_id = $1`, [
      listing.id,
    ]);
    expect(deposits.every((d: any) => d.deposit_status === 'REFUNDED')).toBe(true);
    const [a] = await sql(
      `select a.status from achievements a join trade_listings l on l.achievement_id = a.id where l.id = $1`,
      [listing.id],
    );
    expect(a.status).toBe('LISTED');
  }, 20_000);

  it("keeps a silent bidder's deposit under the seller's forfeit term, and says so on the chain and to the bidder", async () => {
    const listing = await auction(3, { forfeitIfNoBid: true, extensionSeconds: 0 });
    expect(listing.auction).toMatchObject({ forfeitIfNoBid: true });
    await paidBidders(listing.id, 3);
    await must(BID, { l: listing.id, a: '100000', k: 'f1' }, bidders[0].token);
    await must(BID, { l: listing.id, a: '105000', k: 'f2' }, bidders[1].token);
    // bidder 0 bid and lost: refunded; bidder 1 won: applied; bidder 2 paid and never bid: forfeited
    expect(await depositsOnceDealt(listing.id)).toEqual(['REFUNDED', 'APPLIED', 'FORFEITED']);
    const [deal] = await sql(`select payload from evidence_entries where listing_id = $1 and kind = 'DEAL'`, [
      listing.id,
    ]);
    expect(deal.payload.deposits.map((d: any) => d.to)).toEqual(['REFUNDED', 'APPLIED', 'FORFEITED']);
    const told = await must('{ myNotifications { kind body subjectId } }', {}, bidders[2].token);
    expect(told.myNotifications).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'AUCTION_LOST', body: expect.stringContaining('不予退还') }),
      ]),
    );
    expect((await must(STATE, { id: listing.id })).tradeListing.evidence.valid).toBe(true);
  }, 30_000);

  it('refunds a silent bidder without the forfeit term', async () => {
    const listing = await auction(2, { extensionSeconds: 0 });
    expect(listing.auction).toMatchObject({ forfeitIfNoBid: false });
    await paidBidders(listing.id, 2);
    await must(BID, { l: listing.id, a: '100000', k: 'g1' }, bidders[0].token);
    expect(await depositsOnceDealt(listing.id)).toEqual(['APPLIED', 'REFUNDED']);
  }, 20_000);

  it('pushes every accepted bid to watchers on another API process', async () => {
    const listing = await auction(60);
    await paidBidders(listing.id, 2);
    const second = await platform.spawnApi();
    const seen: any[] = [];
    const client = second.ws();
    const done = new Promise<void>((resolve, reject) => {
      client.subscribe(
        {
          query: `subscription($l: ID!) { auctionUpdated(listingId: $l) { currentPrice leadingPaddle bidCount endsAt } }`,
          variables: { l: listing.id },
        },
        {
          next: (msg) => {
            seen.push(msg.data?.auctionUpdated);
            if (seen.length === 2) resolve();
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    await new Promise((r) => setTimeout(r, 1000));
    await must(BID, { l: listing.id, a: '100000', k: 'w1' }, bidders[0].token);
    await must(BID, { l: listing.id, a: '105000', k: 'w2' }, bidders[1].token);
    await done;
    expect(seen.map((s) => [s.currentPrice, s.leadingPaddle, s.bidCount])).toEqual([
      ['100000.00', '001', 1],
      ['105000.00', '002', 2],
    ]);
  }, 40_000);

  it('chains every step as evidence, and a row changed in the database shows as the first invalid index', async () => {
    const listing = await auction(60);
    await paidBidders(listing.id, 2);
    await must(BID, { l: listing.id, a: '100000', k: 'e1' }, bidders[0].token);
    const LOG = `query($id: ID!) { tradeListing(id: $id) { evidenceLog { index kind hash prevHash } } verifyEvidence(listingId: $id) { valid length headHash firstInvalidIndex } }`;
    const ok = await must(LOG, { id: listing.id });
    expect(ok.tradeListing.evidenceLog.map((e: any) => e.kind)).toEqual([
      'LISTING',
      'REGISTRATION',
      'DEPOSIT',
      'REGISTRATION',
      'DEPOSIT',
      'BID',
    ]);
    expect(ok.verifyEvidence).toMatchObject({ valid: true, length: 6, firstInvalidIndex: null });
    expect(ok.verifyEvidence.headHash).toBe(ok.tradeListing.evidenceLog[5].hash);
    await sql(
      `update evidence_entries set payload = jsonb_set(payload, '{amount}', '"1.00"') where listing_id = $1 and index = 5`,
      [listing.id],
    );
    expect((await must(LOG, { id: listing.id })).verifyEvidence).toMatchObject({
      valid: false,
      firstInvalidIndex: 5,
    });
    await sql(
      `update evidence_entries set payload = jsonb_set(payload, '{paddle}', '"999"') where listing_id = $1 and index = 2`,
      [listing.id],
    );
    expect((await must(LOG, { id: listing.id })).verifyEvidence).toMatchObject({
      valid: false,
      firstInvalidIndex: 2,
    });
  }, 30_000);
});

describe('no N+1 queries', () => {
  it('serves a page of 20 listings with every per-listing field in a bounded number of statements', async () => {
    for (let i = 0; i < 10; i += 1) {
      const lot = await auction(3600);
      await paidBidders(lot.id, 1);
      await must(BID, { l: lot.id, a: '100000', k: `page-${i}` }, bidders[0].token);
      const { createTradeListing } = await must(
        CREATE,
        {
          input: {
            achievementId: await listedAchievement(),
            mode: 'NEGOTIATED',
            terms: 'LICENSE',
            endsAt: new Date(Date.now() + 3_600_000).toISOString(),
          },
        },
        seller.token,
      );
      await must(
        `mutation($l: ID!) { makeOffer(listingId: $l, amount: "90000") { id } }`,
        { l: createTradeListing.id },
        bidders[1].token,
      );
    }
    const PAGE = `query($first: Int) { tradeListings(first: $first) { totalCount edges { node {
      id achievement { id title owner { id name } } seller { id } registrationCount myRegistration { id }
      auction { currentPrice leadingPaddle bids { paddle amount } } deal { price buyer { id } }
      offers { id amount buyer { id } } objections { id } evidence { valid length headHash } evidenceLog { kind }
    } } } }`;
    const cost = async (first: number) => {
      const before = await metric(platform, 'db_statements_total');
      const res = await must(PAGE, { first }, seller.token);
      const after = await metric(platform, 'db_statements_total');
      return { nodes: res.tradeListings.edges.map((e: any) => e.node), statements: after - before };
    };
    const one = await cost(1);
    const page = await cost(20);
    expect(page.nodes).toHaveLength(20);
    expect(page.nodes.filter((n: any) => n.auction?.bids.length === 1)).toHaveLength(10);
    expect(page.nodes.filter((n: any) => n.offers.length === 1)).toHaveLength(10);
    expect(page.nodes.every((n: any) => n.evidence.valid && n.evidenceLog.length === n.evidence.length)).toBe(
      true,
    );
    // the page, its count and its rows, then one batch per field (organizations, achievements,
    // registrations, auctions, bids, deals, offers, objections, the evidence chains): as many for 20 as for 1
    expect(page.statements).toBeLessThanOrEqual(16);
    expect(page.statements).toBeLessThanOrEqual(one.statements + 2);
  }, 90_000);
});
