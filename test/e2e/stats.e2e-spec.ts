import { loginAs, registerMember } from '../support/factories.js';
import { listAchievement, must as mustOn } from '../support/flows.js';
import { OPERATOR, type Platform, startPlatform, waitFor } from '../support/platform.js';

let platform: Platform;
let operator: string;

const must = (query: string, variables: Record<string, unknown>, token?: string) =>
  mustOn(platform, query, variables, token);

beforeAll(async () => {
  platform = await startPlatform();
  operator = await loginAs(platform, OPERATOR.email, OPERATOR.password);
}, 60_000);
afterAll(() => platform?.stop());

const STATS = `query($r: String, $from: DateTime, $to: DateTime) { marketStats(regionCode: $r, from: $from, to: $to) {
  achievements needs experts organizations deals dealAmount contractsRegistered contractAmount
  byField { key count amount } byRegion { key count amount } byMonth { key count amount } } }`;

const listed = (token: string, fieldCodes: string[]) =>
  listAchievement(platform, token, operator, {
    title: '统计用成果',
    summary: '摘要',
    fieldCodes,
    maturity: 'PILOT',
    transferModes: ['TRANSFER'],
  });

describe('market statistics', () => {
  it('counts listings by region (a province covers its cities), field and month, with deal amounts', async () => {
    const jilin = await registerMember(platform, {
      organization: { kind: 'UNIVERSITY', regionCode: '220102' },
    });
    const zhejiang = await registerMember(platform, {
      organization: { kind: 'UNIVERSITY', regionCode: '330106' },
    });
    const buyer = await registerMember(platform, {
      organization: { kind: 'ENTERPRISE', regionCode: '220104' },
    });
    const sold = await listed(jilin.token, ['0301']);
    await listed(jilin.token, ['0302', '0101']);
    await listed(zhejiang.token, ['0101']);
    await must(
      `mutation($input: ExpertInput!) { createExpert(input: $input) { id } }`,
      { input: { name: '专家', fieldCodes: ['0301'], researchAreas: ['镁合金'], bio: '简介' } },
      jilin.token,
    );
    const { createTradeListing } = await must(
      `mutation($input: TradeListingInput!) { createTradeListing(input: $input) { id } }`,
      {
        input: {
          achievementId: sold,
          mode: 'LISTING',
          terms: 'TRANSFER',
          listPrice: '300000',
          endsAt: new Date(Date.now() + 2000).toISOString(),
          auction: { startPrice: '300000', increment: '10000', durationSeconds: 60 },
        },
      },
      jilin.token,
    );
    const { registerForListing } = await must(
      `mutation($l: ID!) { registerForListing(listingId: $l) { id } }`,
      { l: createTradeListing.id },
      buyer.token,
    );
    await must(
      `mutation($r: ID!) { confirmDeposit(registrationId: $r) { id } }`,
      { r: registerForListing.id },
      operator,
    );
    await waitFor(async () => (await must(STATS, {})).marketStats.deals === 1, 10_000, 'the deal');

    const all = (await must(STATS, {})).marketStats;
    expect(all).toMatchObject({
      achievements: 3,
      experts: 1,
      organizations: 3,
      deals: 1,
      dealAmount: '300000.00',
    });
    expect(all.byRegion).toEqual(
      expect.arrayContaining([
        { key: '220000', count: 2, amount: '300000.00' },
        { key: '330000', count: 1, amount: '0.00' },
      ]),
    );
    expect(all.byField).toEqual(
      expect.arrayContaining([
        { key: '01', count: 2, amount: '0.00' },
        { key: '03', count: 2, amount: '300000.00' },
      ]),
    );
    const month = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
    }).format(new Date());
    expect(all.byMonth).toEqual([{ key: month, count: 1, amount: '300000.00' }]);

    const jilinOnly = (await must(STATS, { r: '220000' })).marketStats;
    expect(jilinOnly).toMatchObject({ achievements: 2, organizations: 2, deals: 1 });
    expect(jilinOnly.byRegion).toEqual([{ key: '220100', count: 2, amount: '300000.00' }]);
    const future = (await must(STATS, { from: new Date(Date.now() + 86_400_000).toISOString() })).marketStats;
    expect(future).toMatchObject({ achievements: 0, deals: 0, dealAmount: '0.00', byMonth: [] });
    const bad = await platform.gql(STATS, { r: '999999' });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_REGION_CODE',
    });
  }, 40_000);
});
