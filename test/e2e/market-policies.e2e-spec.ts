import { loginAs, memberOf, registerMember } from '../support/factories.js';
import { createMarkets, must as mustOn, signedContract, sql } from '../support/flows.js';
import { OPERATOR, type Platform, startPlatform } from '../support/platform.js';

// Policies as data per market, from the day they take effect: a contract is assessed under the policy of
// the most specific market covering its buyer, as in force when it was registered.
let platform: Platform;
let root: string;
let today: string;
let tomorrow: string;

type Member = Awaited<ReturnType<typeof registerMember>>;
let hzUniversity: Member;
let hzEnterprise: Member;
let nbEnterprise: Member;

const must = (query: string, variables: Record<string, unknown>, token?: string) =>
  mustOn(platform, query, variables, token);
const refusal = async (query: string, variables: Record<string, unknown>, token?: string) =>
  (await platform.gql(query, variables, token)).errors?.[0].extensions;

const SET = `mutation($m: String!, $input: MarketPolicyInput!) { setMarketPolicy(market: $m, input: $input) {
  id kind name effectiveFrom market { code } subsidy { ratePercent tiers { minAmount cap } yearlyCap } brokerPoints { deal } } }`;
const CITY_TERMS = { ratePercent: 20, tiers: [{ minAmount: '100000', cap: '300000' }], yearlyCap: '500000' };
const SUBSIDY = `query($id: ID!) { contract(id: $id) { status subsidy { eligible amount rule
  policy { id name effectiveFrom market { code } } } } }`;
const subsidyOf = async (id: string) => (await must(SUBSIDY, { id }, root)).contract.subsidy;
const register = (id: string) =>
  must(`mutation($id: ID!) { registerContract(id: $id) { status } }`, { id }, root);

beforeAll(async () => {
  platform = await startPlatform();
  root = await loginAs(platform, OPERATOR.email, OPERATOR.password);
  await createMarkets(platform, root, [
    { code: 'hangzhou', name: '杭州分市场', regionCode: '330100' },
    { code: 'agri', name: '农业分市场', fieldCodes: ['08'] },
  ]);
  [{ today, tomorrow }] = await sql(
    platform,
    `select (now() at time zone 'Asia/Shanghai')::date::text as today,
            ((now() at time zone 'Asia/Shanghai')::date + 1)::text as tomorrow`,
  );
  hzUniversity = await memberOf(platform, 'UNIVERSITY', '330106');
  hzEnterprise = await memberOf(platform, 'ENTERPRISE', '330108');
  nbEnterprise = await memberOf(platform, 'ENTERPRISE', '330203');
}, 90_000);
afterAll(() => platform?.stop());

describe('market policies', () => {
  it('assess a contract under the city’s policy once in force, and one registered before it under the old one', async () => {
    // 200,000 yuan: under the root's (Jilin's) 300,000 threshold, over the city's 100,000
    const before = await signedContract(platform, hzUniversity, hzEnterprise, { amount: '200000' });
    await register(before);
    expect(await subsidyOf(before)).toMatchObject({
      eligible: false,
      amount: '0.00',
      policy: { name: '吉林省技术合同交易后补助', effectiveFrom: '2000-01-01', market: { code: 'root' } },
    });

    const { setMarketPolicy } = await must(
      SET,
      { m: 'hangzhou', input: { name: '杭州市技术交易补助', effectiveFrom: today, subsidy: CITY_TERMS } },
      root,
    );
    expect(setMarketPolicy).toMatchObject({
      kind: 'SUBSIDY',
      effectiveFrom: today,
      market: { code: 'hangzhou' },
      subsidy: {
        ratePercent: 20,
        tiers: [{ minAmount: '100000.00', cap: '300000.00' }],
        yearlyCap: '500000.00',
      },
      brokerPoints: null,
    });
    // set the same day, after the registration: the earlier contract stays as it was assessed
    expect(await subsidyOf(before)).toMatchObject({ eligible: false, policy: { market: { code: 'root' } } });

    const after = await signedContract(platform, hzUniversity, hzEnterprise, { amount: '200000' });
    // not registered yet: assessed as if registered now
    expect(await subsidyOf(after)).toMatchObject({
      eligible: true,
      amount: '40000.00',
      policy: { id: setMarketPolicy.id },
    });
    await register(after);
    const assessed = await subsidyOf(after);
    expect(assessed).toMatchObject({
      eligible: true,
      amount: '40000.00',
      policy: { id: setMarketPolicy.id, name: '杭州市技术交易补助', market: { code: 'hangzhou' } },
    });
    expect(assessed.rule).toContain('杭州市技术交易补助');

    // a buyer outside the city is still under the root's rule
    const ningbo = await signedContract(platform, hzUniversity, nbEnterprise, { amount: '200000' });
    await register(ningbo);
    expect(await subsidyOf(ningbo)).toMatchObject({ eligible: false, policy: { market: { code: 'root' } } });
  });

  it('does not apply a policy before the day it takes effect', async () => {
    const { setMarketPolicy } = await must(
      SET,
      {
        m: 'hangzhou',
        input: {
          name: '杭州市技术交易补助（新）',
          effectiveFrom: tomorrow,
          subsidy: { ...CITY_TERMS, ratePercent: 30 },
        },
      },
      root,
    );
    const contract = await signedContract(platform, hzUniversity, hzEnterprise, { amount: '200000' });
    await register(contract);
    const assessed = await subsidyOf(contract);
    expect(assessed.policy).toMatchObject({ name: '杭州市技术交易补助', effectiveFrom: today });
    expect(assessed.policy.id).not.toBe(setMarketPolicy.id);
    const { market } = await must(
      `{ market(code: "hangzhou") { policies(kind: SUBSIDY) { name effectiveFrom } } }`,
      {},
    );
    expect(market.policies).toEqual([
      { name: '杭州市技术交易补助', effectiveFrom: today },
      { name: '杭州市技术交易补助（新）', effectiveFrom: tomorrow },
    ]);
  });

  it('is set by root operators only, from sound terms, and a refusal changes nothing', async () => {
    const member = await registerMember(platform);
    const [{ n: before }] = await sql(platform, `select count(*)::int as n from market_policies`);
    const input = (over: Record<string, unknown>) => ({
      name: '测试政策',
      effectiveFrom: tomorrow,
      subsidy: CITY_TERMS,
      ...over,
    });
    const cases: Array<[string, Record<string, unknown>, string, Record<string, unknown>]> = [
      ['hangzhou', input({}), member.token, { code: 'FORBIDDEN' }],
      ['hangzhou', input({ effectiveFrom: '2020-01-01' }), root, { reason: 'EFFECTIVE_IN_PAST' }],
      ['hangzhou', input({ effectiveFrom: '2026-02-30' }), root, { reason: 'INVALID_DATE' }],
      ['hangzhou', input({}), root, { code: 'CONFLICT', reason: 'POLICY_EXISTS' }],
      ['agri', input({}), root, { reason: 'SUBSIDY_NEEDS_REGION' }],
      [
        'hangzhou',
        input({ brokerPoints: { dockingAccepted: 1, deal: 2, contractRegistered: 3 } }),
        root,
        { reason: 'POLICY_TERMS_REQUIRED' },
      ],
      [
        'hangzhou',
        input({ subsidy: { ...CITY_TERMS, ratePercent: 101 } }),
        root,
        { reason: 'INVALID_POLICY_TERMS' },
      ],
      ['nowhere', input({}), root, { reason: 'MARKET_NOT_FOUND' }],
    ];
    for (const [m, policy, token, expected] of cases)
      expect(await refusal(SET, { m, input: policy }, token)).toMatchObject(expected);
    expect(await sql(platform, `select count(*)::int as n from market_policies`)).toEqual([{ n: before }]);
  });

  it('keeps broker points rules per market too, industry markets included', async () => {
    const { setMarketPolicy } = await must(
      SET,
      {
        m: 'agri',
        input: {
          name: '农业经纪人积分',
          effectiveFrom: today,
          brokerPoints: { dockingAccepted: 5, deal: 40, contractRegistered: 80 },
        },
      },
      root,
    );
    expect(setMarketPolicy).toMatchObject({
      kind: 'BROKER_POINTS',
      brokerPoints: { deal: 40 },
      subsidy: null,
    });
    const { markets } = await must(`{ markets { code policies { kind name } } }`, {});
    expect(markets.find((m: any) => m.code === 'root').policies).toEqual([
      { kind: 'SUBSIDY', name: '吉林省技术合同交易后补助' },
      { kind: 'BROKER_POINTS', name: '技术经纪人贡献积分（平台默认）' },
    ]);
  });
});
