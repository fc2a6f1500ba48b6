import { listAchievement, openNeed } from '../support/flows.js';
import { loginAs, registerMember } from '../support/factories.js';
import { OPERATOR, type Platform, startPlatform } from '../support/platform.js';

let platform: Platform;
let operator: string;
let member: { token: string; user: any };

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const achievementInput = (overrides: Record<string, unknown> = {}) => ({
  title: '高强度镁合金挤压成型工艺',
  summary: '一种提高镁合金型材强度与塑性的挤压成型方法，适用于汽车轻量化结构件。',
  keywords: ['镁合金', '挤压'],
  fieldCodes: ['0301'],
  maturity: 'PILOT',
  transferModes: ['TRANSFER', 'LICENSE'],
  askingPrice: '1500000',
  ...overrides,
});

const needInput = (overrides: Record<string, unknown> = {}) => ({
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

beforeAll(async () => {
  platform = await startPlatform();
  operator = await loginAs(platform, OPERATOR.email, OPERATOR.password);
  member = await registerMember(platform, { organization: { kind: 'UNIVERSITY', regionCode: '330106' } });
  await listAchievement(platform, member.token, operator, achievementInput());
  await openNeed(platform, member.token, operator, needInput());
}, 60_000);
afterAll(() => platform?.stop());

describe('lists and searches read enum arrays', () => {
  it('answers transferModes on achievement lists and searches, and cooperationModes on needs', async () => {
    const achievements = `query($q: String) { achievements(query: $q) { edges { node { id transferModes } } } }`;
    const needs = `query($q: String) { needs(query: $q) { edges { node { id cooperationModes } } } }`;
    for (const q of [null, '镁合金']) {
      const a = await platform.gql(achievements, { q });
      expect(a.errors).toBeUndefined();
      expect(a.data?.achievements.edges[0].node.transferModes.sort()).toEqual(['LICENSE', 'TRANSFER']);
      const n = await platform.gql(needs, { q });
      expect(n.errors).toBeUndefined();
      expect(n.data?.needs.edges[0].node.cooperationModes.sort()).toEqual(['CO_DEVELOPMENT', 'TRANSFER']);
    }
    const owned = await platform.gql(
      `query($f: AchievementFilter) { achievements(filter: $f) { edges { node { transferModes } } } }`,
      { f: { ownerId: member.user.organization.id, transferModes: ['LICENSE'] } },
      member.token,
    );
    expect(owned.errors).toBeUndefined();
    expect(owned.data?.achievements.edges).toHaveLength(1);
  });
});
