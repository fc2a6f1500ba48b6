import { rowCount } from '../support/inspect.js';
import { loginAs, registerMember } from '../support/factories.js';
import { OPERATOR, type Platform, startPlatform } from '../support/platform.js';

let platform: Platform;
let operator: string;
let enterprise: { token: string; user: any };
let other: { token: string; user: any };

beforeAll(async () => {
  platform = await startPlatform();
  operator = await loginAs(platform, OPERATOR.email, OPERATOR.password);
  enterprise = await registerMember(platform, { organization: { kind: 'ENTERPRISE', regionCode: '220104' } });
  other = await registerMember(platform, { organization: { kind: 'UNIVERSITY', regionCode: '330106' } });
}, 60_000);
afterAll(() => platform?.stop());

const FIELDS = `id title description keywords fieldCodes budgetMin budgetMax cooperationModes minMaturity deadline regionCode
  status reviewComment createdAt owner { id } challenge { reward submissionDeadline }`;
const CREATE = `mutation($input: NeedInput!) { createNeed(input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { need(id: $id) { id status } }`;
const SEARCH = `query($q: String, $filter: NeedFilter, $first: Int, $after: String) {
  needs(query: $q, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title } }
    facets { fields { value count } regions { value count } maturity { value count } transferModes { value count } } } }`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const newNeed = (overrides: Record<string, unknown> = {}) => ({
  title: '汽车轻量化镁合金结构件成型技术需求',
  description: '我公司生产汽车零部件，需要高强度镁合金挤压或压铸成型技术，降低车身重量。',
  keywords: ['镁合金', '轻量化'],
  fieldCodes: ['0301'],
  budgetMin: '500000',
  budgetMax: '2000000',
  cooperationModes: ['TRANSFER', 'CO_DEVELOPMENT'],
  minMaturity: 'PILOT',
  deadline: inDays(180),
  ...overrides,
});

const step = (name: string, id: string, token: string, extra = '') =>
  platform.gql(`mutation($id: ID!) { ${name}(id: $id${extra}) { status reviewComment } }`, { id }, token);

async function opened(token: string, overrides: Record<string, unknown> = {}) {
  const created = await platform.gql(CREATE, { input: newNeed(overrides) }, token);
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const id = created.data.createNeed.id as string;
  await step('submitNeed', id, token);
  expect((await step('reviewNeed', id, operator, ', approve: true')).data?.reviewNeed.status).toBe('OPEN');
  return id;
}

describe('the need lifecycle', () => {
  it('goes draft → pending review → open, visible to the public only once open, and closes', async () => {
    const created = await platform.gql(
      CREATE,
      { input: newNeed({ challenge: { reward: '300000', submissionDeadline: inDays(30) } }) },
      enterprise.token,
    );
    const need = created.data?.createNeed;
    expect(need).toMatchObject({
      status: 'DRAFT',
      budgetMin: '500000.00',
      regionCode: '220104',
      owner: { id: enterprise.user.organization.id },
      challenge: { reward: '300000.00' },
    });
    const see = async (token?: string) => (await platform.gql(GET, { id: need.id }, token)).data?.need;
    expect(await see()).toBeNull();
    expect(await see(other.token)).toBeNull();
    expect(await see(enterprise.token)).toMatchObject({ status: 'DRAFT' });
    expect(await see(operator)).toMatchObject({ status: 'DRAFT' });

    expect(
      (await step('reviewNeed', need.id, operator, ', approve: true')).errors?.[0].extensions,
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_STATUS',
    });
    expect((await step('submitNeed', need.id, other.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await step('submitNeed', need.id, enterprise.token)).data?.submitNeed.status).toBe(
      'PENDING_REVIEW',
    );
    expect(
      (await step('reviewNeed', need.id, enterprise.token, ', approve: true')).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await step('reviewNeed', need.id, operator, ', approve: false')).errors?.[0].extensions?.reason,
    ).toBe('COMMENT_REQUIRED');
    const rejected = await step(
      'reviewNeed',
      need.id,
      operator,
      ', approve: false, comment: "请写明技术指标"',
    );
    expect(rejected.data?.reviewNeed).toEqual({ status: 'REJECTED', reviewComment: '请写明技术指标' });
    await step('submitNeed', need.id, enterprise.token);
    expect((await step('reviewNeed', need.id, operator, ', approve: true')).data?.reviewNeed.status).toBe(
      'OPEN',
    );
    expect(await see()).toMatchObject({ status: 'OPEN' });
    expect(await see(other.token)).toMatchObject({ status: 'OPEN' });

    const inbox = await platform.gql('{ myNotifications { kind subjectId } }', {}, enterprise.token);
    expect(
      inbox.data?.myNotifications.filter((n: any) => n.subjectId === need.id).map((n: any) => n.kind),
    ).toEqual(['REVIEW_RESULT', 'REVIEW_RESULT']);

    const byOther = await platform.gql(
      `mutation($id: ID!, $input: NeedInput!) { updateNeed(id: $id, input: $input) { id } }`,
      { id: need.id, input: newNeed() },
      other.token,
    );
    expect(byOther.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_OWNER' });
    const edited = await platform.gql(
      `mutation($id: ID!, $input: NeedInput!) { updateNeed(id: $id, input: $input) { status challenge { reward } } }`,
      { id: need.id, input: newNeed({ title: '汽车轻量化镁合金结构件成型（修订）' }) },
      enterprise.token,
    );
    expect(edited.data?.updateNeed).toEqual({ status: 'PENDING_REVIEW', challenge: null });
    expect(await see()).toBeNull();

    expect((await step('closeNeed', need.id, other.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await step('closeNeed', need.id, enterprise.token)).data?.closeNeed.status).toBe('CLOSED');
    expect((await step('closeNeed', need.id, enterprise.token)).errors?.[0].extensions?.code).toBe(
      'CONFLICT',
    );
  });

  it('lets an operator close an open need, and refuses anonymous posts', async () => {
    const id = await opened(enterprise.token);
    expect((await step('closeNeed', id, operator)).data?.closeNeed.status).toBe('CLOSED');
    expect((await platform.gql(CREATE, { input: newNeed() })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('bad need input is refused and changes nothing', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['no field code', { fieldCodes: [] }, 'FIELD_REQUIRED'],
    ['an unknown field code', { fieldCodes: ['9999'] }, 'INVALID_FIELD_CODE'],
    ['a region that does not exist', { regionCode: '229999' }, 'INVALID_REGION_CODE'],
    ['a negative budget', { budgetMin: '-5' }, 'INVALID_MONEY'],
    ['a budget with three decimals', { budgetMax: '1.999' }, 'INVALID_MONEY'],
    ['a budget range upside down', { budgetMin: '3000000', budgetMax: '2000000' }, 'BUDGET_RANGE'],
    ['no cooperation mode', { cooperationModes: [] }, 'COOPERATION_MODE_REQUIRED'],
    ['a deadline in the past', { deadline: '2020-01-01T00:00:00Z' }, 'DEADLINE_PASSED'],
    ['a title over 200 characters', { title: '镁'.repeat(201) }, 'TITLE_TOO_LONG'],
    ['a description over 20,000 characters', { description: '镁'.repeat(20001) }, 'DESCRIPTION_TOO_LONG'],
    ['an empty description', { description: ' ' }, 'DESCRIPTION_REQUIRED'],
    ['21 keywords', { keywords: Array.from({ length: 21 }, (_, i) => `词${i}`) }, 'TOO_MANY_KEYWORDS'],
    [
      'a challenge without reward',
      { challenge: { reward: '0', submissionDeadline: inDays(10) } },
      'REWARD_REQUIRED',
    ],
    [
      'proposals due after the need’s deadline',
      { deadline: inDays(20), challenge: { reward: '100000', submissionDeadline: inDays(40) } },
      'SUBMISSION_AFTER_DEADLINE',
    ],
  ];
  it.each(cases)('refuses %s', async (_label, overrides, reason) => {
    const before = await rowCount(platform, 'needs');
    const res = await platform.gql(CREATE, { input: newNeed(overrides) }, enterprise.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(await rowCount(platform, 'needs')).toBe(before);
  });
});

describe('searching needs', () => {
  const tag = `N${Date.now()}`;
  let ids: Record<string, string>;

  beforeAll(async () => {
    ids = {
      magnesium: await opened(enterprise.token, { title: `${tag} 高强度镁合金压铸成型工艺改进` }),
      battery: await opened(enterprise.token, {
        title: `${tag} 锂电池正极材料回收`,
        description: '回收废旧锂电池中的钴镍锂。',
        keywords: ['锂电池'],
        fieldCodes: ['0602'],
        budgetMin: null,
        budgetMax: '100000',
        cooperationModes: ['CONSULTING'],
        regionCode: '330106',
        challenge: { reward: '50000', submissionDeadline: inDays(30) },
      }),
      draft: (
        await platform.gql(CREATE, { input: newNeed({ title: `${tag} 镁合金草稿` }) }, enterprise.token)
      ).data?.createNeed.id,
    };
  }, 60_000);

  const search = (variables: Record<string, unknown>, token?: string) =>
    platform.gql(SEARCH, { ...variables, q: `${tag} ${variables.q ?? ''}` }, token).then((r) => {
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return r.data.needs;
    });
  const titles = (c: any) => c.edges.map((e: any) => e.node.id);

  it('finds a word inside a compound, and shows drafts to the owner alone', async () => {
    expect(titles(await search({ q: '镁合金' }))).toEqual([ids.magnesium]);
    expect(
      titles(await search({ q: '镁合金', filter: { status: ['OPEN', 'DRAFT'] } }, enterprise.token)).sort(),
    ).toEqual([ids.magnesium, ids.draft].sort());
    expect(titles(await search({ q: '镁合金', filter: { status: ['OPEN', 'DRAFT'] } }, other.token))).toEqual(
      [ids.magnesium],
    );
  });

  it('filters by challenge, budget, cooperation mode, field and region, with facets over the filtered set', async () => {
    expect(titles(await search({ filter: { challengesOnly: true } }))).toEqual([ids.battery]);
    expect(titles(await search({ filter: { budgetAtLeast: '1000000' } }))).toEqual([ids.magnesium]);
    expect(titles(await search({ filter: { cooperationModes: ['CONSULTING'] } }))).toEqual([ids.battery]);
    expect(titles(await search({ filter: { fieldCode: '06' } }))).toEqual([ids.battery]);
    expect(titles(await search({ filter: { regionCode: '220000' } }))).toEqual([ids.magnesium]);
    const all = await search({});
    expect(all.totalCount).toBe(2);
    expect(all.facets.regions).toEqual(
      expect.arrayContaining([
        { value: '220000', count: 1 },
        { value: '330000', count: 1 },
      ]),
    );
    expect(all.facets.fields).toEqual(
      expect.arrayContaining([
        { value: '03', count: 1 },
        { value: '0602', count: 1 },
      ]),
    );
    expect(all.facets.transferModes).toEqual(expect.arrayContaining([{ value: 'CONSULTING', count: 1 }]));
    expect(all.facets.maturity).toEqual([{ value: 'PILOT', count: 2 }]);
    const bad = await platform.gql(SEARCH, { filter: { fieldCode: '0%' } });
    expect(bad.errors?.[0].extensions?.reason).toBe('INVALID_FIELD_CODE');
  });

  it('pages with cursors', async () => {
    const first = await search({ first: 1 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search({ first: 1, after: first.pageInfo.endCursor });
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...titles(first), ...titles(second)].sort()).toEqual([ids.magnesium, ids.battery].sort());
  });
});
