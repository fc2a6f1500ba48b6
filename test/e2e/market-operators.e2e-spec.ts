import { loginAs, memberOf, registerMember } from '../support/factories.js';
import {
  createMarkets,
  listAchievement,
  must as mustOn,
  registeredListing,
  signedContract,
  sql,
} from '../support/flows.js';
import { OPERATOR, type Platform, startPlatform } from '../support/platform.js';

// A market's operators act on what is in their market and are FORBIDDEN elsewhere; root operators act
// everywhere; an operator's queues hold what it may decide.
let platform: Platform;
let root: string;
let hangzhou: string;
let hangzhouOperatorId: string;

type Member = Awaited<ReturnType<typeof registerMember>>;
let hzUniversity: Member;
let nbUniversity: Member;
let hzEnterprise: Member;
let nbEnterprise: Member;

const must = (query: string, variables: Record<string, unknown>, token?: string) =>
  mustOn(platform, query, variables, token);
const refusal = async (query: string, variables: Record<string, unknown>, token?: string) =>
  (await platform.gql(query, variables, token)).errors?.[0].extensions;

const APPOINT = `mutation($m: String!, $input: MarketOperatorInput!) { appointMarketOperator(market: $m, input: $input) { id role organization { id } } }`;
const REVIEW_A = `mutation($id: ID!) { reviewAchievement(id: $id, approve: true) { status } }`;
const achievement = (title: string, fieldCodes = ['0301']) => ({
  title,
  summary: '分市场运营测试',
  fieldCodes,
  maturity: 'PILOT',
  transferModes: ['TRANSFER'],
});

/** Created and submitted by its owner: PENDING_REVIEW. */
const pending = async (owner: Member, title: string) => {
  const { createAchievement } = await must(
    `mutation($input: AchievementInput!) { createAchievement(input: $input) { id } }`,
    { input: achievement(title) },
    owner.token,
  );
  await must(
    `mutation($id: ID!) { submitAchievement(id: $id) { status } }`,
    { id: createAchievement.id },
    owner.token,
  );
  return createAchievement.id as string;
};
const statusOf = async (id: string) =>
  (await sql(platform, `select status from achievements where id = $1`, [id]))[0].status;

/** A LISTING of the owner's listed achievement that a buyer registered for: the registration, its deposit PENDING. */
const registration = async (seller: Member, buyer: Member, title: string) => {
  const achievementId = await listAchievement(platform, seller.token, root, achievement(title));
  const listed = await registeredListing(platform, seller.token, buyer.token, achievementId, {
    price: '200000',
    endsInMs: 3_600_000,
  });
  return listed.registrationId;
};

beforeAll(async () => {
  platform = await startPlatform();
  root = await loginAs(platform, OPERATOR.email, OPERATOR.password);
  await createMarkets(platform, root, [
    { code: 'hangzhou', name: '杭州分市场', regionCode: '330100' },
    { code: 'ningbo', name: '宁波分市场', regionCode: '330200' },
  ]);
  const appointed = await must(
    APPOINT,
    {
      m: 'hangzhou',
      input: { email: 'hz-ops@techmarket.test', name: '杭州运营', password: 'hangzhou-password' },
    },
    root,
  );
  hangzhouOperatorId = appointed.appointMarketOperator.id;
  hangzhou = await loginAs(platform, 'hz-ops@techmarket.test', 'hangzhou-password');
  hzUniversity = await memberOf(platform, 'UNIVERSITY', '330106');
  nbUniversity = await memberOf(platform, 'UNIVERSITY', '330203');
  hzEnterprise = await memberOf(platform, 'ENTERPRISE', '330108');
  nbEnterprise = await memberOf(platform, 'ENTERPRISE', '330212');
}, 90_000);
afterAll(() => platform?.stop());

describe('appointing market operators', () => {
  it('makes a market operator of no organization, who knows its markets', async () => {
    const { appointMarketOperator } = await must(
      APPOINT,
      {
        m: 'ningbo',
        input: { email: 'nb-ops@techmarket.test', name: '宁波运营', password: 'ningbo-password' },
      },
      root,
    );
    expect(appointMarketOperator).toMatchObject({ role: 'MARKET_OPERATOR', organization: null });
    const token = await loginAs(platform, 'nb-ops@techmarket.test', 'ningbo-password');
    const { me } = await must(`{ me { role markets { code } } }`, {}, token);
    expect(me).toEqual({ role: 'MARKET_OPERATOR', markets: [{ code: 'ningbo' }] });
    const { marketOperators } = await must(`{ marketOperators(market: "hangzhou") { id name } }`, {}, root);
    expect(marketOperators).toEqual([{ id: hangzhouOperatorId, name: '杭州运营' }]);
  });

  it('is for root operators, from a sound account, and a refusal changes nothing', async () => {
    const before = await sql(platform, `select count(*)::int as n from market_operators`);
    const member = await registerMember(platform);
    const cases: Array<[string, Record<string, unknown>, string, Record<string, unknown>]> = [
      [
        'hangzhou',
        { email: 'x@techmarket.test', name: 'x', password: 'long-enough' },
        member.token,
        { code: 'FORBIDDEN' },
      ],
      [
        'ningbo',
        { email: 'y@techmarket.test', name: 'y', password: 'long-enough' },
        hangzhou,
        { code: 'FORBIDDEN' },
      ],
      [
        'hangzhou',
        { email: member.input.email },
        root,
        { code: 'CONFLICT', reason: 'NOT_A_MARKET_OPERATOR' },
      ],
      ['hangzhou', { email: OPERATOR.email }, root, { code: 'CONFLICT', reason: 'NOT_A_MARKET_OPERATOR' }],
      [
        'ningbo',
        { email: 'hz-ops@techmarket.test', password: 'a-new-password' },
        root,
        { reason: 'ACCOUNT_EXISTS' },
      ],
      ['hangzhou', { email: 'z@techmarket.test', name: 'z' }, root, { reason: 'PASSWORD_REQUIRED' }],
      [
        'hangzhou',
        { email: 'z@techmarket.test', name: 'z', password: 'short' },
        root,
        { reason: 'PASSWORD_TOO_SHORT' },
      ],
      [
        'root',
        { email: 'z@techmarket.test', name: 'z', password: 'long-enough' },
        root,
        { reason: 'ROOT_MARKET' },
      ],
      [
        'wenzhou',
        { email: 'z@techmarket.test', name: 'z', password: 'long-enough' },
        root,
        { reason: 'MARKET_NOT_FOUND' },
      ],
    ];
    for (const [m, input, token, expected] of cases)
      expect(await refusal(APPOINT, { m, input }, token)).toMatchObject(expected);
    expect(await sql(platform, `select count(*)::int as n from market_operators`)).toEqual(before);
    expect(
      await sql(platform, `select count(*)::int as n from users where email like '_@techmarket.test'`),
    ).toEqual([{ n: 0 }]);
  });

  it('refuses a market operator what only root operators do', async () => {
    expect(
      await refusal(
        `mutation { createMarket(input: { code: "wenzhou", name: "温州", regionCode: "330300" }) { code } }`,
        {},
        hangzhou,
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(`mutation { rematchAll }`, {}, hangzhou)).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('a market operator of 杭州', () => {
  it('approves a Hangzhou listing, is FORBIDDEN on a Ningbo one, and queues only Hangzhou’s', async () => {
    const westLake = await pending(hzUniversity, '西湖成果');
    const ningbo = await pending(nbUniversity, '宁波成果');
    const QUEUE = `{ achievements(filter: { status: [PENDING_REVIEW] }) { totalCount edges { node { id regionCode } } } }`;
    const queue = (await must(QUEUE, {}, hangzhou)).achievements;
    expect(queue.edges.map((e: any) => e.node.id)).toEqual([westLake]);
    expect(queue.totalCount).toBe(1);
    // the pending Ningbo achievement is not shown to it on any path, the Hangzhou one is
    const READ = `query($id: ID!) { achievement(id: $id) { id status } }`;
    expect((await must(READ, { id: ningbo }, hangzhou)).achievement).toBeNull();
    expect((await must(READ, { id: westLake }, hangzhou)).achievement).toEqual({
      id: westLake,
      status: 'PENDING_REVIEW',
    });

    expect((await must(REVIEW_A, { id: westLake }, hangzhou)).reviewAchievement.status).toBe('LISTED');
    expect(await refusal(REVIEW_A, { id: ningbo }, hangzhou)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OUTSIDE_MARKET',
    });
    expect(await statusOf(ningbo)).toBe('PENDING_REVIEW');
    // a root operator reviews anywhere; a member nowhere
    expect(await refusal(REVIEW_A, { id: ningbo }, nbUniversity.token)).toMatchObject({
      reason: 'OPERATOR_ONLY',
    });
    expect((await must(REVIEW_A, { id: ningbo }, root)).reviewAchievement.status).toBe('LISTED');
  });

  it('reviews Hangzhou’s needs and no others', async () => {
    const need = async (owner: Member) => {
      const { createNeed } = await must(
        `mutation($input: NeedInput!) { createNeed(input: $input) { id } }`,
        {
          input: {
            title: '镁合金需求',
            description: '需求说明',
            fieldCodes: ['0301'],
            cooperationModes: ['TRANSFER'],
          },
        },
        owner.token,
      );
      await must(`mutation($id: ID!) { submitNeed(id: $id) { status } }`, { id: createNeed.id }, owner.token);
      return createNeed.id as string;
    };
    const [hz, nb] = [await need(hzEnterprise), await need(nbEnterprise)];
    const queue = await must(
      `{ needs(filter: { status: [PENDING_REVIEW] }) { edges { node { id } } } }`,
      {},
      hangzhou,
    );
    expect(queue.needs.edges.map((e: any) => e.node.id)).toEqual([hz]);
    const REVIEW = `mutation($id: ID!) { reviewNeed(id: $id, approve: true) { status } }`;
    expect((await must(REVIEW, { id: hz }, hangzhou)).reviewNeed.status).toBe('OPEN');
    expect(await refusal(REVIEW, { id: nb }, hangzhou)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OUTSIDE_MARKET',
    });
  });

  it('confirms deposits of Hangzhou’s listings and is FORBIDDEN on another market’s, whose are not in its queue', async () => {
    const hzReg = await registration(hzUniversity, hzEnterprise, '杭州挂牌成果');
    const nbReg = await registration(nbUniversity, nbEnterprise, '宁波挂牌成果');
    const QUEUE = `{ registrations(depositStatus: [PENDING]) { totalCount edges { node { id } } } }`;
    const queue = (await must(QUEUE, {}, hangzhou)).registrations;
    expect(queue).toEqual({ totalCount: 1, edges: [{ node: { id: hzReg } }] });
    expect((await must(QUEUE, {}, root)).registrations.totalCount).toBe(2);

    const CONFIRM = `mutation($r: ID!) { confirmDeposit(registrationId: $r) { depositStatus } }`;
    expect((await must(CONFIRM, { r: hzReg }, hangzhou)).confirmDeposit.depositStatus).toBe('PAID');
    expect(await refusal(CONFIRM, { r: nbReg }, hangzhou)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OUTSIDE_MARKET',
    });
    expect(await sql(platform, `select deposit_status from registrations where id = $1`, [nbReg])).toEqual([
      { deposit_status: 'PENDING' },
    ]);
  });

  it('decides objections to Hangzhou’s agreed prices only', async () => {
    const objection = async (seller: Member, buyer: Member, objector: Member, title: string) => {
      const achievementId = await listAchievement(platform, seller.token, root, achievement(title));
      const { createTradeListing } = await must(
        `mutation($input: TradeListingInput!) { createTradeListing(input: $input) { id } }`,
        {
          input: {
            achievementId,
            mode: 'NEGOTIATED',
            terms: 'TRANSFER',
            endsAt: new Date(Date.now() + 3_600_000).toISOString(),
          },
        },
        seller.token,
      );
      const { makeOffer } = await must(
        `mutation($l: ID!) { makeOffer(listingId: $l, amount: "500000") { id } }`,
        { l: createTradeListing.id },
        buyer.token,
      );
      await must(
        `mutation($o: ID!) { respondOffer(offerId: $o, action: ACCEPT) { status } }`,
        { o: makeOffer.id },
        seller.token,
      );
      const { raiseObjection } = await must(
        `mutation($l: ID!) { raiseObjection(listingId: $l, reason: "价格明显偏低") { id } }`,
        { l: createTradeListing.id },
        objector.token,
      );
      return raiseObjection.id as string;
    };
    const hz = await objection(hzUniversity, hzEnterprise, nbEnterprise, '杭州协议成果');
    const nb = await objection(nbUniversity, nbEnterprise, hzEnterprise, '宁波协议成果');
    const RESOLVE = `mutation($id: ID!) { resolveObjection(id: $id, uphold: false) { upheld } }`;
    expect((await must(RESOLVE, { id: hz }, hangzhou)).resolveObjection.upheld).toBe(false);
    expect(await refusal(RESOLVE, { id: nb }, hangzhou)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OUTSIDE_MARKET',
    });
    expect(await sql(platform, `select upheld from objections where id = $1`, [nb])).toEqual([
      { upheld: null },
    ]);
  });

  it('registers contracts of Hangzhou (by the achievement, or the seller without one), sees only those', async () => {
    const hzAchievement = await listAchievement(
      platform,
      hzUniversity.token,
      root,
      achievement('杭州合同成果'),
    );
    const byAchievement = await signedContract(platform, hzUniversity, nbEnterprise, {
      amount: '400000',
      achievementId: hzAchievement,
    });
    const bySeller = await signedContract(platform, hzUniversity, nbEnterprise, { amount: '100000' });
    const ningbo = await signedContract(platform, nbUniversity, hzEnterprise, { amount: '100000' });
    const mine = (await must(`{ myContracts(first: 100) { id } }`, {}, hangzhou)).myContracts.map(
      (c: any) => c.id,
    );
    expect(mine.sort()).toEqual([byAchievement, bySeller].sort());
    expect(
      (await must(`query($id: ID!) { contract(id: $id) { id } }`, { id: ningbo }, hangzhou)).contract,
    ).toBeNull();

    const REGISTER = `mutation($id: ID!) { registerContract(id: $id) { status registrationNumber } }`;
    for (const id of [byAchievement, bySeller])
      expect((await must(REGISTER, { id }, hangzhou)).registerContract.status).toBe('REGISTERED');
    expect(await refusal(REGISTER, { id: ningbo }, hangzhou)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OUTSIDE_MARKET',
    });
    expect((await must(REGISTER, { id: ningbo }, root)).registerContract.status).toBe('REGISTERED');
  });

  it('assigns brokers to dockings of Hangzhou only, and its docking queue holds those', async () => {
    const broker = await memberOf(platform, 'TRANSFER_INSTITUTION', '330102');
    const docking = async (owner: Member, requester: Member, title: string) => {
      const achievementId = await listAchievement(platform, owner.token, root, achievement(title));
      const { requestDocking } = await must(
        `mutation($input: DockingInput!) { requestDocking(input: $input) { id } }`,
        { input: { achievementId, message: '希望对接' } },
        requester.token,
      );
      return requestDocking.id as string;
    };
    const hz = await docking(hzUniversity, nbEnterprise, '杭州对接成果');
    const nb = await docking(nbUniversity, hzEnterprise, '宁波对接成果');
    const queue = (await must(`{ myDockings(first: 100) { id } }`, {}, hangzhou)).myDockings.map(
      (d: any) => d.id,
    );
    expect(queue).toEqual([hz]);
    const ASSIGN = `mutation($id: ID!, $b: ID!) { assignBroker(id: $id, brokerUserId: $b) { broker { id } } }`;
    expect((await must(ASSIGN, { id: hz, b: broker.user.id }, hangzhou)).assignBroker.broker.id).toBe(
      broker.user.id,
    );
    expect(await refusal(ASSIGN, { id: nb, b: broker.user.id }, hangzhou)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OUTSIDE_MARKET',
    });
    expect(await sql(platform, `select broker_user_id from dockings where id = $1`, [nb])).toEqual([
      { broker_user_id: null },
    ]);
  });

  it('loses its powers in a market at the next request once dismissed from it', async () => {
    const later = await pending(hzUniversity, '免职之后');
    const DISMISS = `mutation($u: ID!) { dismissMarketOperator(market: "hangzhou", userId: $u) { id } }`;
    await must(DISMISS, { u: hangzhouOperatorId }, root);
    expect(await refusal(REVIEW_A, { id: later }, hangzhou)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OUTSIDE_MARKET',
    });
    expect(
      (await must(`{ achievements(filter: { status: [PENDING_REVIEW] }) { totalCount } }`, {}, hangzhou))
        .achievements.totalCount,
    ).toBe(0);
    expect(await refusal(DISMISS, { u: hangzhouOperatorId }, root)).toMatchObject({ code: 'NOT_FOUND' });
    await must(APPOINT, { m: 'hangzhou', input: { email: 'hz-ops@techmarket.test' } }, root);
    expect((await must(REVIEW_A, { id: later }, hangzhou)).reviewAchievement.status).toBe('LISTED');
  });
});
