import pg from 'pg';
import { loginAs, registerMember } from '../support/factories.js';
import { OPERATOR, type Platform, startPlatform } from '../support/platform.js';

let platform: Platform;
let operator: string;
let university: { token: string; user: any };
let other: { token: string; user: any };

beforeAll(async () => {
  platform = await startPlatform();
  operator = await loginAs(platform, OPERATOR.email, OPERATOR.password);
  university = await registerMember(platform, { organization: { kind: 'UNIVERSITY', regionCode: '330106' } });
  other = await registerMember(platform, { organization: { kind: 'ENTERPRISE', regionCode: '220104' } });
}, 60_000);
afterAll(() => platform?.stop());

const FIELDS = `id title summary keywords fieldCodes maturity transferModes askingPrice regionCode status reviewComment listedAt
  owner { id name } patents { number title kind }`;
const CREATE = `mutation($input: AchievementInput!) { createAchievement(input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { achievement(id: $id) { id status } }`;
const SEARCH = `query($q: String, $filter: AchievementFilter, $first: Int, $after: String) {
  achievements(query: $q, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title regionCode } }
    facets { fields { value count } regions { value count } maturity { value count } transferModes { value count } } } }`;

const newAchievement = (overrides: Record<string, unknown> = {}) => ({
  title: '高强度镁合金挤压成型工艺',
  summary: '一种提高镁合金型材强度与塑性的挤压成型方法，适用于汽车轻量化结构件。',
  keywords: ['镁合金', '挤压', '轻量化'],
  fieldCodes: ['0301'],
  maturity: 'PILOT',
  transferModes: ['TRANSFER', 'LICENSE'],
  askingPrice: '1500000',
  patents: [{ number: 'ZL202110123456.7', title: '一种镁合金挤压方法', kind: 'INVENTION' }],
  ...overrides,
});

async function listed(token: string, overrides: Record<string, unknown> = {}) {
  const created = await platform.gql(CREATE, { input: newAchievement(overrides) }, token);
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const id = created.data.createAchievement.id;
  await platform.gql(`mutation($id: ID!) { submitAchievement(id: $id) { status } }`, { id }, token);
  const reviewed = await platform.gql(
    `mutation($id: ID!) { reviewAchievement(id: $id, approve: true) { status } }`,
    { id },
    operator,
  );
  expect(reviewed.data?.reviewAchievement.status).toBe('LISTED');
  return id as string;
}

async function rowCount(table: string): Promise<number> {
  const client = new pg.Client({ connectionString: platform.db.url });
  await client.connect();
  const { rows } = await client.query(`select count(*)::int as n from ${table}`);
  await client.end();
  return rows[0].n;
}

describe('the achievement lifecycle', () => {
  it('goes draft → pending review → listed, visible to the public only once listed', async () => {
    const created = await platform.gql(CREATE, { input: newAchievement() }, university.token);
    const a = created.data?.createAchievement;
    expect(a).toMatchObject({
      status: 'DRAFT',
      askingPrice: '1500000.00',
      regionCode: '330106',
      owner: { id: university.user.organization.id },
      patents: [{ number: '202110123456.7', title: '一种镁合金挤压方法', kind: 'INVENTION' }],
    });
    const see = async (token?: string) => (await platform.gql(GET, { id: a.id }, token)).data?.achievement;
    expect(await see()).toBeNull();
    expect(await see(other.token)).toBeNull();
    expect(await see(university.token)).toMatchObject({ status: 'DRAFT' });
    expect(await see(operator)).toMatchObject({ status: 'DRAFT' });

    const approveDraft = await platform.gql(
      `mutation($id: ID!) { reviewAchievement(id: $id, approve: true) { status } }`,
      { id: a.id },
      operator,
    );
    expect(approveDraft.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_STATUS' });

    const submitByOther = await platform.gql(
      `mutation($id: ID!) { submitAchievement(id: $id) { status } }`,
      { id: a.id },
      other.token,
    );
    expect(submitByOther.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const submitted = await platform.gql(
      `mutation($id: ID!) { submitAchievement(id: $id) { status } }`,
      { id: a.id },
      university.token,
    );
    expect(submitted.data?.submitAchievement.status).toBe('PENDING_REVIEW');

    const byMember = await platform.gql(
      `mutation($id: ID!) { reviewAchievement(id: $id, approve: true) { status } }`,
      { id: a.id },
      university.token,
    );
    expect(byMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noComment = await platform.gql(
      `mutation($id: ID!) { reviewAchievement(id: $id, approve: false) { status } }`,
      { id: a.id },
      operator,
    );
    expect(noComment.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'COMMENT_REQUIRED',
    });
    const rejected = await platform.gql(
      `mutation($id: ID!) { reviewAchievement(id: $id, approve: false, comment: "请补充专利证书") { status reviewComment } }`,
      { id: a.id },
      operator,
    );
    expect(rejected.data?.reviewAchievement).toEqual({ status: 'REJECTED', reviewComment: '请补充专利证书' });
    await platform.gql(
      `mutation($id: ID!) { submitAchievement(id: $id) { status } }`,
      { id: a.id },
      university.token,
    );
    const approved = await platform.gql(
      `mutation($id: ID!) { reviewAchievement(id: $id, approve: true) { status listedAt } }`,
      { id: a.id },
      operator,
    );
    expect(approved.data?.reviewAchievement.status).toBe('LISTED');
    expect(approved.data?.reviewAchievement.listedAt).toBeTruthy();
    expect(await see()).toMatchObject({ status: 'LISTED' });

    const inbox = await platform.gql('{ myNotifications { kind subjectId } }', {}, university.token);
    expect(
      inbox.data?.myNotifications.filter((n: any) => n.subjectId === a.id).map((n: any) => n.kind),
    ).toEqual(['REVIEW_RESULT', 'REVIEW_RESULT']);

    const edited = await platform.gql(
      `mutation($id: ID!, $input: AchievementInput!) { updateAchievement(id: $id, input: $input) { status title } }`,
      { id: a.id, input: newAchievement({ title: '高强度镁合金挤压成型工艺（第二版）' }) },
      university.token,
    );
    expect(edited.data?.updateAchievement.status).toBe('PENDING_REVIEW');
    expect(await see()).toBeNull();
    const withdrawn = await platform.gql(
      `mutation($id: ID!) { withdrawAchievement(id: $id) { status } }`,
      { id: a.id },
      university.token,
    );
    expect(withdrawn.data?.withdrawAchievement.status).toBe('WITHDRAWN');
  });

  it('lets only the owning organization edit', async () => {
    const id = await listed(university.token);
    const res = await platform.gql(
      `mutation($id: ID!, $input: AchievementInput!) { updateAchievement(id: $id, input: $input) { id } }`,
      { id, input: newAchievement() },
      other.token,
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_OWNER' });
    const anonymous = await platform.gql(CREATE, { input: newAchievement() });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('bad input is refused and changes nothing', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    [
      'a patent number with a wrong check digit',
      { patents: [{ number: '202110123456.8', kind: 'INVENTION' }] },
      'INVALID_PATENT_NUMBER',
    ],
    ['no field code', { fieldCodes: [] }, 'FIELD_REQUIRED'],
    ['an unknown field code', { fieldCodes: ['9999'] }, 'INVALID_FIELD_CODE'],
    ['a region that does not exist', { regionCode: '339999' }, 'INVALID_REGION_CODE'],
    ['a negative price', { askingPrice: '-1' }, 'INVALID_MONEY'],
    ['a price with three decimals', { askingPrice: '1.005' }, 'INVALID_MONEY'],
    ['a title over 200 characters', { title: '镁'.repeat(201) }, 'TITLE_TOO_LONG'],
    ['a summary over 2,000 characters', { summary: '镁'.repeat(2001) }, 'SUMMARY_TOO_LONG'],
    ['a description over 20,000 characters', { description: '镁'.repeat(20001) }, 'DESCRIPTION_TOO_LONG'],
    ['21 keywords', { keywords: Array.from({ length: 21 }, (_, i) => `词${i}`) }, 'TOO_MANY_KEYWORDS'],
    ['an empty title', { title: '   ' }, 'TITLE_REQUIRED'],
  ];
  it.each(cases)('refuses %s', async (_label, overrides, reason) => {
    const before = [await rowCount('achievements'), await rowCount('achievement_patents')];
    const res = await platform.gql(CREATE, { input: newAchievement(overrides) }, university.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect([await rowCount('achievements'), await rowCount('achievement_patents')]).toEqual(before);
  });
});

describe('Chinese full-text search', () => {
  const tag = `T${Date.now()}`;
  let ids: Record<string, string>;

  beforeAll(async () => {
    ids = {
      magnesium: await listed(university.token, {
        title: `${tag} 高强度镁合金挤压成型工艺`,
        fieldCodes: ['0301'],
        regionCode: '330106',
      }),
      battery: await listed(other.token, {
        title: `${tag} 锂离子电池高镍正极材料`,
        summary: '高镍三元正极材料的包覆改性，提升循环寿命。',
        keywords: ['锂电池'],
        fieldCodes: ['0501'],
        maturity: 'SMALL_BATCH',
        transferModes: ['LICENSE'],
        askingPrice: null,
        patents: [],
        regionCode: '220104',
      }),
      alloyMention: await listed(university.token, {
        title: `${tag} 汽车轻量化车身结构设计`,
        summary: '车身采用镁合金与铝合金混合结构。',
        keywords: [],
        fieldCodes: ['0203'],
        patents: [],
        regionCode: '330203',
      }),
    };
    await platform.gql(CREATE, { input: newAchievement({ title: `${tag} 镁合金 草稿` }) }, university.token); // a draft: never public
  });

  const search = async (vars: Record<string, unknown>, token?: string) =>
    (await platform.gql(SEARCH, vars, token)).data?.achievements;

  it('finds a word inside a compound, title matches first', async () => {
    const res = await search({ q: `镁合金 ${tag}` });
    expect(res.edges.map((e: any) => e.node.id)).toEqual([ids.magnesium, ids.alloyMention]);
    expect(res.totalCount).toBe(2);
  });

  it('filters by region prefix, field prefix, maturity, mode and price, with facets over the filtered set', async () => {
    expect((await search({ q: tag, filter: { regionCode: '330000' } })).totalCount).toBe(2);
    expect((await search({ q: tag, filter: { regionCode: '330100' } })).totalCount).toBe(1);
    expect((await search({ q: tag, filter: { fieldCode: '05' } })).edges.map((e: any) => e.node.id)).toEqual([
      ids.battery,
    ]);
    expect((await search({ q: tag, filter: { maturity: ['SMALL_BATCH'] } })).totalCount).toBe(1);
    expect((await search({ q: tag, filter: { transferModes: ['TRANSFER'] } })).totalCount).toBe(2);
    expect((await search({ q: tag, filter: { priceMax: '2000000' } })).totalCount).toBe(2);
    const all = await search({ q: tag });
    expect(all.facets.regions).toEqual(
      expect.arrayContaining([
        { value: '330000', count: 2 },
        { value: '220000', count: 1 },
      ]),
    );
    expect(all.facets.fields).toEqual(
      expect.arrayContaining([
        { value: '03', count: 1 },
        { value: '0301', count: 1 },
        { value: '05', count: 1 },
      ]),
    );
    const zhejiang = await search({ q: tag, filter: { regionCode: '330000' } });
    expect(zhejiang.facets.regions).toEqual(
      expect.arrayContaining([
        { value: '330100', count: 1 },
        { value: '330200', count: 1 },
      ]),
    );
  });

  it('shows drafts to their owner only when asked for by status', async () => {
    expect((await search({ q: tag, filter: { status: ['DRAFT'] } })).totalCount).toBe(0);
    expect((await search({ q: tag, filter: { status: ['DRAFT'] } }, other.token)).totalCount).toBe(0);
    expect((await search({ q: tag, filter: { status: ['DRAFT'] } }, university.token)).totalCount).toBe(1);
    expect((await search({ q: tag, filter: { status: ['DRAFT'] } }, operator)).totalCount).toBe(1);
  });

  it('pages through results with opaque cursors, without repeats or gaps', async () => {
    const first = await search({ q: tag, first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search({ q: tag, first: 2, after: first.pageInfo.endCursor });
    const seen = [...first.edges, ...second.edges].map((e: any) => e.node.id);
    expect(new Set(seen).size).toBe(3);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });
});
