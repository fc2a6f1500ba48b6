import { loginAs, memberOf, registerMember } from '../support/factories.js';
import {
  createMarkets,
  dealByListing,
  listAchievement,
  must as mustOn,
  openNeed,
  sql,
} from '../support/flows.js';
import { rowCount } from '../support/inspect.js';
import { OPERATOR, type Platform, startPlatform } from '../support/platform.js';

// Markets (分市场): created by root operators, read by anyone; what is in a market follows from its scope
// and each item's region and fields at the moment it is asked.
let platform: Platform;
let operator: string;

const must = (query: string, variables: Record<string, unknown>, token?: string) =>
  mustOn(platform, query, variables, token);

const CREATE = `mutation($input: MarketInput!) { createMarket(input: $input) { code name kind regionCode fieldCodes parent { code } } }`;
const ACHIEVEMENTS = `query($m: String, $r: String) { achievements(market: $m, filter: { regionCode: $r }) {
  totalCount edges { node { id } } facets { regions { value count } } } }`;
const ids = async (market: string | null, regionCode: string | null = null) =>
  (await must(ACHIEVEMENTS, { m: market, r: regionCode })).achievements.edges
    .map((e: any) => e.node.id)
    .sort();
const STATS = `query($m: String, $r: String) { marketStats(market: $m, regionCode: $r) {
  achievements needs experts organizations matches dockings deals dealAmount contractsRegistered contractAmount
  byField { key count amount } byRegion { key count amount } byMonth { key count amount } } }`;

const achievement = (title: string, fieldCodes: string[], extra: Record<string, unknown> = {}) => ({
  title,
  summary: '分市场测试用成果',
  fieldCodes,
  maturity: 'PILOT',
  transferModes: ['TRANSFER'],
  ...extra,
});

beforeAll(async () => {
  platform = await startPlatform();
  operator = await loginAs(platform, OPERATOR.email, OPERATOR.password);
  await createMarkets(platform, operator, [
    { code: 'zhejiang', name: '浙江分市场', regionCode: '330000' },
    { code: 'hangzhou', name: '杭州分市场', introduction: '杭州市技术分市场', regionCode: '330100' },
    { code: 'ningbo', name: '宁波分市场', regionCode: '330200' },
    { code: 'agri', name: '农业产业分市场', fieldCodes: ['08'] },
  ]);
}, 90_000);
afterAll(() => platform?.stop());

describe('markets', () => {
  it('lists the root first, then regions, then industries, for anyone; each market under the root', async () => {
    const { markets } = await must(`{ markets { code kind regionCode fieldCodes parent { code } } }`, {});
    expect(markets.map((m: any) => m.code)).toEqual(['root', 'zhejiang', 'hangzhou', 'ningbo', 'agri']);
    expect(markets[0]).toEqual({
      code: 'root',
      kind: 'ROOT',
      regionCode: null,
      fieldCodes: [],
      parent: null,
    });
    expect(markets[4]).toEqual({
      code: 'agri',
      kind: 'INDUSTRY',
      regionCode: null,
      fieldCodes: ['08'],
      parent: { code: 'root' },
    });
    const { market } = await must(
      `query { market(code: "hangzhou") { name introduction kind parent { code } } }`,
      {},
    );
    expect(market).toEqual({
      name: '杭州分市场',
      introduction: '杭州市技术分市场',
      kind: 'REGION',
      parent: { code: 'root' },
    });
    expect((await must(`query { market(code: "nowhere") { code } }`, {})).market).toBeNull();
  });

  it('is created by root operators only, from a valid scope, and refusals change nothing', async () => {
    const member = await registerMember(platform);
    const before = await rowCount(platform, 'markets');
    const refused = async (input: Record<string, unknown>, token: string) =>
      (await platform.gql(CREATE, { input }, token)).errors?.[0].extensions;
    expect(
      await refused({ code: 'wenzhou', name: '温州', regionCode: '330300' }, member.token),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await refused({ code: 'hz2', name: '杭州', regionCode: '330100' }, operator)).toMatchObject({
      code: 'CONFLICT',
      reason: 'REGION_HAS_MARKET',
    });
    expect(await refused({ code: 'hangzhou', name: '杭州', regionCode: '330300' }, operator)).toMatchObject({
      code: 'CONFLICT',
      reason: 'MARKET_EXISTS',
    });
    expect(await refused({ code: 'x1', name: 'x', fieldCodes: ['0899'] }, operator)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_FIELD_CODE',
    });
    expect(await refused({ code: 'x1', name: 'x' }, operator)).toMatchObject({ reason: 'SCOPE_REQUIRED' });
    expect(await refused({ code: 'X 1', name: 'x', regionCode: '330300' }, operator)).toMatchObject({
      reason: 'INVALID_MARKET_CODE',
    });
    expect(await rowCount(platform, 'markets')).toBe(before);
  });

  it('holds the same achievement under 杭州 and 浙江 but not 宁波, and moves it when its region changes', async () => {
    const hzUniversity = await memberOf(platform, 'UNIVERSITY', '330106');
    const nbUniversity = await memberOf(platform, 'UNIVERSITY', '330203');
    const westLake = await listAchievement(
      platform,
      hzUniversity.token,
      operator,
      achievement('镁合金挤压', ['0301']),
    );
    const seeds = await listAchievement(
      platform,
      nbUniversity.token,
      operator,
      achievement('水稻育种', ['0801']),
    );

    expect(await ids('hangzhou')).toEqual([westLake]);
    expect(await ids('zhejiang')).toEqual([westLake, seeds].sort());
    expect(await ids('ningbo')).toEqual([seeds]);
    expect(await ids('agri')).toEqual([seeds]);
    expect(await ids('root')).toEqual([westLake, seeds].sort());
    // a province market's facets go by city, as a province filter's do
    const { achievements } = await must(ACHIEVEMENTS, { m: 'zhejiang', r: null });
    expect(achievements.facets.regions).toEqual(
      expect.arrayContaining([
        { value: '330100', count: 1 },
        { value: '330200', count: 1 },
      ]),
    );
    // the market and a region filter: the inner of the two, nothing when they do not meet
    expect(await ids('zhejiang', '330100')).toEqual([westLake]);
    expect(await ids('hangzhou', '330000')).toEqual([westLake]);
    expect(await ids('hangzhou', '330200')).toEqual([]);
    expect(await ids('agri', '330200')).toEqual([seeds]);

    // the West Lake university moves the achievement to Ningbo: back to review, then listed there
    await must(
      `mutation($id: ID!, $input: AchievementInput!) { updateAchievement(id: $id, input: $input) { status } }`,
      { id: westLake, input: achievement('镁合金挤压', ['0301'], { regionCode: '330203' }) },
      hzUniversity.token,
    );
    await must(
      `mutation($id: ID!) { reviewAchievement(id: $id, approve: true) { status } }`,
      { id: westLake },
      operator,
    );
    expect(await ids('hangzhou')).toEqual([]);
    expect(await ids('ningbo')).toEqual([westLake, seeds].sort());
    expect(await ids('zhejiang')).toEqual([westLake, seeds].sort());
    // nothing was copied into a market: membership is read from the achievement itself
    expect(
      await sql(
        platform,
        `select count(*)::int as n from achievements where id = $1 and region_code = '330203'`,
        [westLake],
      ),
    ).toEqual([{ n: 1 }]);
  });

  it('narrows needs, experts and the trading hall to a market', async () => {
    const hzEnterprise = await memberOf(platform, 'ENTERPRISE', '330108');
    const jlFarm = await memberOf(platform, 'ENTERPRISE', '220102');
    const hzNeed = await openNeed(platform, hzEnterprise.token, operator, {
      title: '高强镁合金需求',
      description: '需要高强度镁合金',
      fieldCodes: ['0301'],
      cooperationModes: ['TRANSFER'],
    });
    const farmNeed = await openNeed(platform, jlFarm.token, operator, {
      title: '玉米种业需求',
      description: '抗倒伏玉米品种',
      fieldCodes: ['0801'],
      cooperationModes: ['LICENSE'],
    });
    const needs = async (m: string) =>
      (
        await must(`query($m: String) { needs(market: $m) { edges { node { id } } } }`, { m })
      ).needs.edges.map((e: any) => e.node.id);
    expect(await needs('hangzhou')).toEqual([hzNeed]);
    expect(await needs('agri')).toEqual([farmNeed]);
    expect(await needs('ningbo')).toEqual([]);

    const { createExpert } = await must(
      `mutation($input: ExpertInput!) { createExpert(input: $input) { id } }`,
      {
        input: {
          name: '种业专家',
          fieldCodes: ['0801'],
          researchAreas: ['育种'],
          bio: '简介',
          regionCode: '220102',
        },
      },
      jlFarm.token,
    );
    const experts = async (m: string) =>
      (
        await must(`query($m: String) { experts(market: $m) { edges { node { id } } } }`, { m })
      ).experts.edges.map((e: any) => e.node.id);
    expect(await experts('agri')).toEqual([createExpert.id]);
    expect(await experts('zhejiang')).toEqual([]);

    const seller = await memberOf(platform, 'UNIVERSITY', '330106');
    const sold = await listAchievement(
      platform,
      seller.token,
      operator,
      achievement('数控机床主轴', ['0203']),
    );
    const { createTradeListing } = await must(
      `mutation($input: TradeListingInput!) { createTradeListing(input: $input) { id } }`,
      {
        input: {
          achievementId: sold,
          mode: 'NEGOTIATED',
          terms: 'TRANSFER',
          endsAt: new Date(Date.now() + 3_600_000).toISOString(),
        },
      },
      seller.token,
    );
    const hall = async (m: string) =>
      (
        await must(`query($m: String) { tradeListings(market: $m) { totalCount edges { node { id } } } }`, {
          m,
        })
      ).tradeListings;
    expect(await hall('hangzhou')).toEqual({
      totalCount: 1,
      edges: [{ node: { id: createTradeListing.id } }],
    });
    expect(await hall('ningbo')).toEqual({ totalCount: 0, edges: [] });
  });

  it('answers marketStats of a region market as its region filter, and of an industry market by fields', async () => {
    for (const [market, region] of [
      ['zhejiang', '330000'],
      ['hangzhou', '330100'],
      ['ningbo', '330200'],
    ]) {
      const byMarket = (await must(STATS, { m: market })).marketStats;
      expect(byMarket).toEqual((await must(STATS, { r: region })).marketStats);
    }
    expect((await must(STATS, { m: 'root' })).marketStats).toEqual((await must(STATS, {})).marketStats);
    expect((await must(STATS, { m: 'hangzhou', r: '330200' })).marketStats).toMatchObject({
      achievements: 0,
      organizations: 0,
      byRegion: [],
    });
    // 农业: the rice seeds of Ningbo, the maize need of Jilin, the seed expert, their two organizations
    const agri = (await must(STATS, { m: 'agri' })).marketStats;
    expect(agri).toMatchObject({ achievements: 1, needs: 1, experts: 1, organizations: 2, deals: 0 });
    expect(agri.byField).toEqual([{ key: '0801', count: 1, amount: '0.00' }]);
    expect(agri.byRegion).toEqual([{ key: '330000', count: 1, amount: '0.00' }]);
    expect((await must(STATS, { m: 'agri', r: '220000' })).marketStats).toMatchObject({
      achievements: 0,
      needs: 1,
      experts: 1,
      organizations: 1,
    });
  });

  it('refuses an unknown market by name on every list', async () => {
    for (const query of [
      `{ achievements(market: "nowhere") { totalCount } }`,
      `{ needs(market: "nowhere") { totalCount } }`,
      `{ experts(market: "nowhere") { totalCount } }`,
      `{ tradeListings(market: "nowhere") { totalCount } }`,
      `{ marketStats(market: "nowhere") { achievements } }`,
    ]) {
      const res = await platform.gql(query);
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'MARKET_NOT_FOUND',
        field: 'market',
      });
    }
  });

  it('keeps an achievement’s deal in the market it is in, in the statistics too', async () => {
    const seller = await memberOf(platform, 'UNIVERSITY', '330203');
    const buyer = await memberOf(platform, 'ENTERPRISE', '330203');
    const seedsTwo = await listAchievement(
      platform,
      seller.token,
      operator,
      achievement('杂交水稻', ['0801']),
    );
    const before = (await must(STATS, { m: 'agri' })).marketStats;
    await dealByListing(platform, seller.token, buyer.token, operator, seedsTwo);
    const after = (await must(STATS, { m: 'agri' })).marketStats;
    expect(after).toMatchObject({ achievements: before.achievements, deals: 1, dealAmount: '300000.00' });
    expect(after.byField).toEqual([{ key: '0801', count: 2, amount: '300000.00' }]);
    expect((await must(STATS, { m: 'ningbo' })).marketStats.deals).toBe(1);
    expect((await must(STATS, { m: 'hangzhou' })).marketStats.deals).toBe(0);
  }, 40_000);
});
