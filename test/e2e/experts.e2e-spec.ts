import { metric, rowCount } from '../support/inspect.js';
import { loginAs, registerMember } from '../support/factories.js';
import { OPERATOR, type Platform, startPlatform } from '../support/platform.js';

let platform: Platform;
let operator: string;
let university: { token: string; user: any };
let other: { token: string; user: any };

beforeAll(async () => {
  platform = await startPlatform();
  operator = await loginAs(platform, OPERATOR.email, OPERATOR.password);
  university = await registerMember(platform, { organization: { kind: 'UNIVERSITY', regionCode: '220102' } });
  other = await registerMember(platform, { organization: { kind: 'UNIVERSITY', regionCode: '330106' } });
}, 60_000);
afterAll(() => platform?.stop());

const CREATE = `mutation($input: ExpertInput!) { createExpert(input: $input) {
  id name title fieldCodes researchAreas bio regionCode organization { id } achievements { id } } }`;
const UPDATE = `mutation($id: ID!, $input: ExpertInput!) { updateExpert(id: $id, input: $input) { id name regionCode } }`;
const tag = `E${Date.now()}`;
const newExpert = (overrides: Record<string, unknown> = {}) => ({
  name: `张明${tag}`,
  title: '教授、博士生导师',
  fieldCodes: ['0301'],
  researchAreas: ['镁合金', '塑性成形'],
  bio: '长期从事轻合金材料挤压成形与组织调控研究，主持国家重点研发计划项目。',
  ...overrides,
});

async function expertOf(token: string, overrides: Record<string, unknown> = {}) {
  const res = await platform.gql(CREATE, { input: newExpert(overrides) }, token);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createExpert;
}

const ACHIEVEMENT = `mutation($input: AchievementInput!) { createAchievement(input: $input) { id team { id name } } }`;
const newAchievement = (teamExpertIds: string[], title = '高强度镁合金挤压成型工艺') => ({
  title,
  summary: '一种提高镁合金型材强度与塑性的挤压成型方法。',
  fieldCodes: ['0301'],
  maturity: 'PILOT',
  transferModes: ['LICENSE'],
  patents: [{ number: 'ZL202110123456.7', kind: 'INVENTION' }],
  teamExpertIds,
});

async function listedWithTeam(teamExpertIds: string[], title?: string) {
  const res = await platform.gql(
    ACHIEVEMENT,
    { input: newAchievement(teamExpertIds, title) },
    university.token,
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  const id = res.data.createAchievement.id as string;
  await platform.gql(
    `mutation($id: ID!) { submitAchievement(id: $id) { status } }`,
    { id },
    university.token,
  );
  await platform.gql(
    `mutation($id: ID!) { reviewAchievement(id: $id, approve: true) { status } }`,
    { id },
    operator,
  );
  return id;
}

describe('experts', () => {
  it('are registered by members for their organization, public at once, edited by that organization alone', async () => {
    const expert = await expertOf(university.token);
    expect(expert).toMatchObject({
      regionCode: '220102',
      organization: { id: university.user.organization.id },
    });
    const anon = await platform.gql(`query($id: ID!) { expert(id: $id) { name researchAreas } }`, {
      id: expert.id,
    });
    expect(anon.data?.expert).toEqual({ name: `张明${tag}`, researchAreas: ['镁合金', '塑性成形'] });

    const byOther = await platform.gql(UPDATE, { id: expert.id, input: newExpert() }, other.token);
    expect(byOther.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_OWNER' });
    const edited = await platform.gql(
      UPDATE,
      { id: expert.id, input: newExpert({ name: `张明远${tag}` }) },
      university.token,
    );
    expect(edited.data?.updateExpert.name).toBe(`张明远${tag}`);
    expect((await platform.gql(CREATE, { input: newExpert() })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('lets an operator register an independent expert, who then needs a region', async () => {
    const noRegion = await platform.gql(CREATE, { input: newExpert() }, operator);
    expect(noRegion.errors?.[0].extensions?.reason).toBe('REGION_REQUIRED');
    const expert = await expertOf(operator, { regionCode: '440300' });
    expect(expert).toMatchObject({ organization: null, regionCode: '440300' });
  });

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['no name', { name: ' ' }, 'NAME_REQUIRED'],
    ['no field', { fieldCodes: [] }, 'FIELD_REQUIRED'],
    ['an unknown field', { fieldCodes: ['0000'] }, 'INVALID_FIELD_CODE'],
    [
      '21 research areas',
      { researchAreas: Array.from({ length: 21 }, (_, i) => `方向${i}`) },
      'TOO_MANY_KEYWORDS',
    ],
    ['a bio over 2,000 characters', { bio: '研'.repeat(2001) }, 'BIO_TOO_LONG'],
    ['an unknown region', { regionCode: '990000' }, 'INVALID_REGION_CODE'],
  ];
  it.each(bad)('refuses %s and changes nothing', async (_label, overrides, reason) => {
    const before = await rowCount(platform, 'experts');
    const res = await platform.gql(CREATE, { input: newExpert(overrides) }, university.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(await rowCount(platform, 'experts')).toBe(before);
  });

  it('are found by research area words and filtered by region and organization, with facets', async () => {
    await expertOf(other.token, { name: `李华${tag}`, researchAreas: ['锂离子电池'], fieldCodes: ['0602'] });
    const SEARCH = `query($q: String, $filter: ExpertFilter) { experts(query: $q, filter: $filter) {
      totalCount edges { node { name } } facets { fields { value count } regions { value count } } } }`;
    const found = await platform.gql(SEARCH, { q: `${tag} 电池` });
    expect(found.data?.experts.edges.map((e: any) => e.node.name)).toEqual([`李华${tag}`]);
    const jilin = await platform.gql(SEARCH, { q: tag, filter: { regionCode: '220000' } });
    expect(jilin.data?.experts.edges.map((e: any) => e.node.name)).toEqual([`张明远${tag}`]);
    const byOrg = await platform.gql(SEARCH, {
      q: tag,
      filter: { organizationId: other.user.organization.id },
    });
    expect(byOrg.data?.experts.totalCount).toBe(1);
    const all = await platform.gql(SEARCH, { q: tag });
    expect(all.data?.experts.facets.fields).toEqual(expect.arrayContaining([{ value: '06', count: 1 }]));
  });
});

describe('an achievement’s team', () => {
  it('holds experts of the owning organization only, and each expert lists the achievements a viewer may see', async () => {
    const mine = await expertOf(university.token, { name: `王强${tag}` });
    const foreign = await expertOf(other.token, { name: `赵磊${tag}` });
    const refused = await platform.gql(
      ACHIEVEMENT,
      { input: newAchievement([foreign.id]) },
      university.token,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'EXPERT_NOT_IN_ORGANIZATION',
    });
    const unknown = await platform.gql(
      ACHIEVEMENT,
      { input: newAchievement(['00000000-0000-4000-8000-000000000000']) },
      university.token,
    );
    expect(unknown.errors?.[0].extensions?.reason).toBe('EXPERT_NOT_FOUND');

    const listedId = await listedWithTeam([mine.id]);
    const draft = await platform.gql(
      ACHIEVEMENT,
      { input: newAchievement([mine.id], '镁合金草稿') },
      university.token,
    );
    expect(draft.data?.createAchievement.team).toEqual([{ id: mine.id, name: `王强${tag}` }]);
    const Q = `query($id: ID!) { expert(id: $id) { achievements { id } } }`;
    expect((await platform.gql(Q, { id: mine.id })).data?.expert.achievements).toEqual([{ id: listedId }]);
    const ownView = (await platform.gql(Q, { id: mine.id }, university.token)).data?.expert.achievements;
    expect(ownView.map((a: any) => a.id).sort()).toEqual([listedId, draft.data?.createAchievement.id].sort());
  });
});

describe('no N+1 queries', () => {
  it('serves a page of 20 achievements with owner, team and patents in a constant number of statements', async () => {
    const team = [
      await expertOf(university.token, { name: `甲${tag}` }),
      await expertOf(university.token, { name: `乙${tag}` }),
    ];
    for (let i = 0; i < 20; i += 1)
      await listedWithTeam(
        team.map((e) => e.id),
        `批量成果${tag}第${i}号镁合金`,
      );
    const PAGE = `query($q: String) { achievements(query: $q, first: 20) { totalCount
      edges { node { id owner { id name } team { id name organization { id } } patents { number } } } } }`;
    const before = await metric(platform, 'db_statements_total');
    const res = await platform.gql(PAGE, { q: `批量成果${tag}` });
    const after = await metric(platform, 'db_statements_total');
    const nodes = res.data?.achievements.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(20);
    expect(nodes.every((n: any) => n.team.length === 2 && n.patents.length === 1 && n.owner.id)).toBe(true);
    // the page, totalCount with facets in one statement, then batches for owners, teams, patents and the
    // team's organizations
    expect(after - before).toBeGreaterThanOrEqual(5);
    expect(after - before).toBeLessThanOrEqual(8);
  }, 60_000);
});
