import { loginAs, registerMember } from '../support/factories.js';
import { listAchievement, must as mustOn, sql as sqlOn } from '../support/flows.js';
import { OPERATOR, type Platform, startPlatform, waitFor } from '../support/platform.js';

let platform: Platform;
let operator: string;
let seller: { token: string; user: any };
const buyers: Array<{ token: string; user: any }> = [];

const must = (query: string, variables: Record<string, unknown>, token?: string) =>
  mustOn(platform, query, variables, token);
const sql = (text: string, params: unknown[] = []) => sqlOn(platform, text, params);
const reasonOf = async (query: string, variables: Record<string, unknown>, token?: string) =>
  (await platform.gql(query, variables, token)).errors?.[0].extensions;

beforeAll(async () => {
  platform = await startPlatform({ PUBLIC_NOTICE_SECONDS: '3' });
  operator = await loginAs(platform, OPERATOR.email, OPERATOR.password);
  seller = await registerMember(platform, {
    organization: { kind: 'RESEARCH_INSTITUTE', regionCode: '220104' },
  });
  for (let i = 0; i < 3; i += 1)
    buyers.push(
      await registerMember(platform, { organization: { kind: 'ENTERPRISE', regionCode: '220102' } }),
    );
}, 90_000);
afterAll(() => platform?.stop());

const listedAchievement = () =>
  listAchievement(platform, seller.token, operator, {
    title: '燃料电池低铂催化剂',
    summary: '一种低铂催化剂制备方法',
    fieldCodes: ['0603'],
    maturity: 'PILOT',
    transferModes: ['LICENSE'],
  });

const CREATE = `mutation($input: TradeListingInput!) { createTradeListing(input: $input) { id mode currentMode status } }`;
const STATE = `query($id: ID!) { tradeListing(id: $id) { status currentMode noticeEndsAt endsAt deal { price buyer { id } contract { kind amount status } }
  offers { id status amount counterAmount } objections { id upheld } auction { startPrice status endsAt } evidence { valid } } }`;
const OFFER = `mutation($l: ID!, $a: Money!) { makeOffer(listingId: $l, amount: $a, message: "诚意合作") { id status amount } }`;
const RESPOND = `mutation($o: ID!, $a: OfferAction!, $c: Money) { respondOffer(offerId: $o, action: $a, counterAmount: $c) { id status counterAmount } }`;
/** The organizations told `title` about a listing, with the kind and body, one row per notification. */
const told = async (listingId: string, title: string) =>
  (
    await sql(
      `select u.organization_id as org, n.kind, n.body from notifications n join users u on u.id = n.user_id
       where n.subject_id = $1 and n.title = $2`,
      [listingId, title],
    )
  ).sort((a: any, b: any) => (a.org < b.org ? -1 : 1));
const orgsOf = (...members: Array<{ user: any }>) => members.map((m) => m.user.organization.id).sort();
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

async function negotiated(seconds = 60) {
  const achievementId = await listedAchievement();
  return (
    await must(
      CREATE,
      {
        input: {
          achievementId,
          mode: 'NEGOTIATED',
          terms: 'LICENSE',
          listPrice: '800000',
          endsAt: inSeconds(seconds),
        },
      },
      seller.token,
    )
  ).createTradeListing;
}

describe('negotiated price (协议定价) with public notice', () => {
  it('goes offer → counter → accepted, then a deal once the notice ends without objection', async () => {
    const listing = await negotiated();
    expect(await reasonOf(OFFER, { l: listing.id, a: '500000' }, seller.token)).toMatchObject({
      reason: 'OWN_LISTING',
    });
    const offer = (await must(OFFER, { l: listing.id, a: '500000' }, buyers[0].token)).makeOffer;
    expect(offer.status).toBe('OPEN');
    expect((await must('{ myNotifications { kind subjectId } }', {}, seller.token)).myNotifications).toEqual(
      expect.arrayContaining([{ kind: 'OFFER_RECEIVED', subjectId: listing.id }]),
    );
    expect(await reasonOf(RESPOND, { o: offer.id, a: 'ACCEPT' }, buyers[0].token)).toMatchObject({
      code: 'CONFLICT',
      reason: 'NOT_YOUR_TURN',
    });
    expect(await reasonOf(RESPOND, { o: offer.id, a: 'COUNTER' }, seller.token)).toMatchObject({
      reason: 'COUNTER_AMOUNT_REQUIRED',
    });
    expect(await reasonOf(RESPOND, { o: offer.id, a: 'ACCEPT' }, buyers[1].token)).toMatchObject({
      code: 'NOT_FOUND',
    });
    const countered = (await must(RESPOND, { o: offer.id, a: 'COUNTER', c: '650000' }, seller.token))
      .respondOffer;
    expect(countered).toMatchObject({ status: 'COUNTERED', counterAmount: '650000.00' });
    expect(
      await reasonOf(RESPOND, { o: offer.id, a: 'COUNTER', c: '600000' }, buyers[0].token),
    ).toMatchObject({ reason: 'BUYER_CANNOT_COUNTER' });
    // a second buyer's offer is rejected when the first one is accepted
    const other = (await must(OFFER, { l: listing.id, a: '450000' }, buyers[1].token)).makeOffer;
    expect((await must(RESPOND, { o: offer.id, a: 'ACCEPT' }, buyers[0].token)).respondOffer.status).toBe(
      'ACCEPTED',
    );
    const notice = (await must(STATE, { id: listing.id }, seller.token)).tradeListing;
    expect(notice.status).toBe('PUBLIC_NOTICE');
    expect(notice.offers.find((o: any) => o.id === other.id).status).toBe('REJECTED');
    expect(
      (await must(STATE, { id: listing.id }, buyers[1].token)).tradeListing.offers.map((o: any) => o.id),
    ).toEqual([other.id]);
    expect(await reasonOf(OFFER, { l: listing.id, a: '900000' }, buyers[2].token)).toMatchObject({
      code: 'CONFLICT',
      reason: 'LISTING_NOT_OPEN',
    });
    expect(
      await reasonOf(
        `mutation($l: ID!) { placeBid(listingId: $l, amount: "1", idempotencyKey: "x") { id } }`,
        { l: listing.id },
        buyers[0].token,
      ),
    ).toMatchObject({
      code: 'CONFLICT',
    });
    await waitFor(
      async () => (await must(STATE, { id: listing.id })).tradeListing.status === 'DEALT',
      10_000,
      'the deal after the notice',
    );
    // the contract is for the two parties (and operators): the seller reads it
    const dealt = (await must(STATE, { id: listing.id }, seller.token)).tradeListing;
    expect(dealt.deal).toMatchObject({
      price: '650000.00',
      buyer: { id: buyers[0].user.organization.id },
      contract: { kind: 'LICENSE', amount: '650000.00', status: 'DRAFT' },
    });
    expect(dealt.evidence.valid).toBe(true);
    const dealTold = await told(listing.id, '公示期满，交易达成');
    expect(dealTold.map((t: any) => t.org)).toEqual(orgsOf(seller, buyers[0]));
    expect(dealTold[0]).toMatchObject({ kind: 'TRADE_STEP', body: expect.stringContaining('650000.00') });
  }, 30_000);

  it('fails when an operator upholds an objection during the notice', async () => {
    const listing = await negotiated();
    const offer = (await must(OFFER, { l: listing.id, a: '700000' }, buyers[0].token)).makeOffer;
    await must(RESPOND, { o: offer.id, a: 'ACCEPT' }, seller.token);
    const OBJECT = `mutation($l: ID!) { raiseObjection(listingId: $l, reason: "价格明显低于评估价") { id upheld } }`;
    const objection = (await must(OBJECT, { l: listing.id }, buyers[2].token)).raiseObjection;
    const RESOLVE = `mutation($id: ID!, $u: Boolean!) { resolveObjection(id: $id, uphold: $u) { id upheld resolvedAt } }`;
    expect(await reasonOf(RESOLVE, { id: objection.id, u: true }, seller.token)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await must(RESOLVE, { id: objection.id, u: true }, operator)).resolveObjection.upheld).toBe(true);
    expect(await reasonOf(RESOLVE, { id: objection.id, u: false }, operator)).toMatchObject({
      code: 'CONFLICT',
    });
    await waitFor(
      async () => (await must(STATE, { id: listing.id })).tradeListing.status === 'FAILED',
      10_000,
      'the failure',
    );
    expect((await must(STATE, { id: listing.id })).tradeListing.deal).toBeNull();
    expect((await told(listing.id, '异议成立，交易未达成')).map((t: any) => t.org)).toEqual(
      orgsOf(seller, buyers[0]),
    );
    expect(await reasonOf(OBJECT, { l: listing.id }, buyers[2].token)).toMatchObject({
      reason: 'NOTICE_NOT_ACTIVE',
    });
  }, 30_000);
});

describe('the list of trade listings', () => {
  it('skips no listing created within the same millisecond as the end of a page', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await negotiated()).id);
    // far in the future, so that they lead the list; 100 µs apart, all in one millisecond
    for (const [i, id] of ids.entries())
      await sql(
        `update trade_listings set created_at = '2100-01-01 00:00:00.1231+00'::timestamptz + make_interval(secs => $2 * 0.0001) where id = $1`,
        [id, i],
      );
    const PAGE = `query($after: String) { tradeListings(mode: NEGOTIATED, first: 1, after: $after) {
      pageInfo { endCursor } edges { node { id } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 3; pages++) {
      const { tradeListings } = await must(PAGE, { after });
      seen.push(...tradeListings.edges.map((e: any) => e.node.id));
      after = tradeListings.pageInfo.endCursor;
    }
    expect(seen).toEqual([...ids].reverse());
  });
});

describe('posted-price listing (挂牌交易)', () => {
  const listing = async (seconds: number) => {
    const achievementId = await listedAchievement();
    return (
      await must(
        CREATE,
        {
          input: {
            achievementId,
            mode: 'LISTING',
            terms: 'TRANSFER',
            listPrice: '300000',
            endsAt: inSeconds(seconds),
            auction: { startPrice: '300000', increment: '10000', durationSeconds: 3, extensionSeconds: 0 },
          },
        },
        seller.token,
      )
    ).createTradeListing;
  };
  const pay = async (listingId: string, buyer: { token: string }) => {
    const { registerForListing } = await must(
      `mutation($l: ID!) { registerForListing(listingId: $l) { id } }`,
      { l: listingId },
      buyer.token,
    );
    await must(
      `mutation($r: ID!) { confirmDeposit(registrationId: $r) { id } }`,
      { r: registerForListing.id },
      operator,
    );
  };

  it('needs auction terms with a duration', async () => {
    const achievementId = await listedAchievement();
    const bad = await reasonOf(
      CREATE,
      {
        input: {
          achievementId,
          mode: 'LISTING',
          terms: 'TRANSFER',
          listPrice: '1',
          endsAt: inSeconds(10),
          auction: { startPrice: '1', increment: '1' },
        },
      },
      seller.token,
    );
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DURATION_REQUIRED' });
    const again = await reasonOf(
      CREATE,
      { input: { achievementId, mode: 'AUCTION', terms: 'TRANSFER', endsAt: inSeconds(10) } },
      seller.token,
    );
    expect(again).toMatchObject({ reason: 'AUCTION_TERMS_REQUIRED' });
  });

  it('fails with no paid intent, deals with exactly one, and turns into an auction with two', async () => {
    const newcomer = await registerMember(platform, {
      organization: { kind: 'ENTERPRISE', regionCode: '220102' },
    });
    const [none, one, two] = [await listing(2), await listing(2), await listing(2)];
    await pay(one.id, buyers[0]);
    await pay(two.id, buyers[0]);
    await pay(two.id, buyers[1]);
    // a third intent registers but its deposit is not confirmed before the listing period ends
    const late = (
      await must(
        `mutation($l: ID!) { registerForListing(listingId: $l) { id } }`,
        { l: two.id },
        buyers[2].token,
      )
    ).registerForListing;
    await waitFor(
      async () => {
        const states = await Promise.all(
          [none, one, two].map(async (l) => (await must(STATE, { id: l.id })).tradeListing),
        );
        return (
          states[0].status === 'FAILED' && states[1].status === 'DEALT' && states[2].currentMode === 'AUCTION'
        );
      },
      10_000,
      'the three listing outcomes',
    );
    expect((await must(STATE, { id: one.id }, seller.token)).tradeListing.deal).toMatchObject({
      price: '300000.00',
      buyer: { id: buyers[0].user.organization.id },
    });
    expect((await told(none.id, '挂牌未成交')).map((t: any) => t.org)).toEqual(orgsOf(seller));
    expect((await told(one.id, '挂牌成交')).map((t: any) => t.org)).toEqual(orgsOf(seller, buyers[0]));
    // the two paid intents are told to bid, with the auction's end; the unpaid one that it cannot
    const toAuction = await told(two.id, '挂牌转入竞价');
    expect(toAuction.map((t: any) => t.org)).toEqual(orgsOf(seller, ...buyers));
    const bodyOf = (m: { user: any }) => toAuction.find((t: any) => t.org === m.user.organization.id).body;
    expect(bodyOf(buyers[0])).toMatch(
      /^请及时出价：起拍价 300000\.00 元，\d{4}-\d\d-\d\d \d\d:\d\d（北京时间）结束$/,
    );
    expect(bodyOf(buyers[2])).toContain('不能参加');
    const auction = (await must(STATE, { id: two.id })).tradeListing;
    expect(auction.auction).toMatchObject({ startPrice: '300000.00', status: 'OPEN' });
    // the auction is among the two paid intents: no late confirmation, no newcomer
    expect(
      await reasonOf(
        `mutation($r: ID!) { confirmDeposit(registrationId: $r) { id } }`,
        { r: late.id },
        operator,
      ),
    ).toMatchObject({ code: 'CONFLICT', reason: 'INTENTS_CLOSED' });
    expect(
      await reasonOf(
        `mutation($l: ID!) { registerForListing(listingId: $l) { id } }`,
        { l: two.id },
        newcomer.token,
      ),
    ).toMatchObject({ code: 'CONFLICT', reason: 'INTENTS_CLOSED' });
    expect(
      await reasonOf(
        `mutation($l: ID!) { placeBid(listingId: $l, amount: "300000", idempotencyKey: "late") { id } }`,
        { l: two.id },
        buyers[2].token,
      ),
    ).toMatchObject({ reason: 'DEPOSIT_REQUIRED' });
    await must(
      `mutation($l: ID!) { placeBid(listingId: $l, amount: "300000", idempotencyKey: "a") { id } }`,
      { l: two.id },
      buyers[1].token,
    );
    await waitFor(
      async () => (await must(STATE, { id: two.id })).tradeListing.status === 'DEALT',
      10_000,
      'the auction to close',
    );
    expect((await must(STATE, { id: two.id }, seller.token)).tradeListing.deal.buyer.id).toBe(
      buyers[1].user.organization.id,
    );
  }, 30_000);

  it('can be cancelled by its seller before any bid: the achievement is listed again, registrants are told', async () => {
    const l = await listing(60);
    await pay(l.id, buyers[0]);
    expect(
      await reasonOf(
        `mutation($id: ID!) { cancelTradeListing(id: $id) { status } }`,
        { id: l.id },
        buyers[0].token,
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      (
        await must(
          `mutation($id: ID!) { cancelTradeListing(id: $id) { status } }`,
          { id: l.id },
          seller.token,
        )
      ).cancelTradeListing.status,
    ).toBe('CANCELLED');
    const cancelled = await told(l.id, '交易已撤销');
    expect(cancelled.map((t: any) => t.org)).toEqual(orgsOf(buyers[0]));
    expect(cancelled[0].body).toContain('保证金将退还');
    const [deposit] = await sql(`select deposit_status from registrations where listing_id = $1`, [l.id]);
    expect(deposit.deposit_status).toBe('REFUNDED');
    const [achievement] = await sql(
      `select a.status from achievements a join trade_listings t on t.achievement_id = a.id where t.id = $1`,
      [l.id],
    );
    expect(achievement.status).toBe('LISTED');
  });
});
