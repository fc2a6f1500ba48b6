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

/** The HTTP status and body of one GraphQL POST, as a browser would send it. */
async function post(body: string | Record<string, unknown>, token?: string) {
  const res = await fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
}
const reasonOf = (r: { body: { errors?: any[] } }) => r.body.errors?.[0]?.extensions?.reason;

describe('bad input is a client error, never a server error', () => {
  it('refuses a NUL character in any text input before Postgres sees it', async () => {
    const viaVariable = await post(
      {
        query: `mutation($input: AchievementInput!) { createAchievement(input: $input) { id } }`,
        variables: { input: achievementInput({ title: 'a\u0000b' }) },
      },
      member.token,
    );
    expect(viaVariable.status).toBe(400);
    expect(viaVariable.body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_CHARACTER',
    });
    const viaLiteral = await post({ query: '{ achievements(query: "镁\\u0000合金") { totalCount } }' });
    expect(reasonOf(viaLiteral)).toBe('INVALID_CHARACTER');
  });

  it('refuses a tampered cursor, or one from another list, with INVALID_CURSOR', async () => {
    const forged = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    const id = '7f9c2b1e-8d4a-4c3b-9e2f-1a2b3c4d5e6f';
    const lists = [
      `query($a: String) { achievements(after: $a) { totalCount } }`,
      `query($a: String) { organizations(after: $a) { totalCount } }`,
      `query($a: String) { tradeListings(after: $a) { totalCount } }`,
    ];
    for (const query of lists)
      for (const after of [
        forged(['', 'yesterday', id]),
        forged(['not-a-time', id]),
        forged([0.5, id]),
        forged(['-10000-01-01T00:00:00Z', id]),
      ]) {
        const r = await post({ query, variables: { a: after } });
        expect([query, reasonOf(r)]).toEqual([query, 'INVALID_CURSOR']);
      }
  });

  it('refuses marketStats dates outside what Postgres holds', async () => {
    for (const from of [
      '-010000-01-01T00:00:00Z',
      '+275760-09-13T00:00:00Z',
      '0001-01-01T00:00:00Z',
      'garbage',
    ]) {
      const r = await post({
        query: `query($f: DateTime) { marketStats(from: $f) { achievements } }`,
        variables: { f: from },
      });
      expect(r.status).toBe(400);
      expect(['INVALID_DATE', 'DATE_OUT_OF_RANGE']).toContain(reasonOf(r));
    }
  });

  it('refuses a patent title longer than its column', async () => {
    const r = await post(
      {
        query: `mutation($input: AchievementInput!) { createAchievement(input: $input) { id } }`,
        variables: {
          input: achievementInput({
            patents: [{ number: 'ZL202110123456.7', title: '专'.repeat(201), kind: 'INVENTION' }],
          }),
        },
      },
      member.token,
    );
    expect(r.body.errors?.[0].extensions).toMatchObject({
      reason: 'PATENT_TITLE_TOO_LONG',
      field: 'patents.0.title',
    });
  });

  it('answers HTTP 400 to a malformed document: a syntax error, a lone surrogate escape, too many tokens', async () => {
    const syntax = await post({ query: '{ achievements(' });
    expect(syntax.status).toBe(400);
    const surrogate = await post({ query: '{ achievements(query: "\\uD800") { totalCount } }' });
    expect(surrogate.status).toBe(400);
    const tokens = await post({ query: `{ ${'__typename '.repeat(5000)} }` });
    expect(tokens.status).toBe(400);
    expect(reasonOf(tokens)).toBe('TOO_MANY_TOKENS');
  });

  it('caps the search query, saying so, and never asks Postgres for a huge search', async () => {
    const long = await post({
      query: `query($q: String) { achievements(query: $q) { totalCount } }`,
      variables: { q: '材料 '.repeat(5_000) },
    });
    expect(long.body.errors?.[0].extensions).toMatchObject({ reason: 'QUERY_TOO_LONG', max: 200 });
    expect(long.body.errors?.[0].message).toMatch(/at most 200 characters/);
    // 40,000 words: a body past the server's limit, refused before it is read as a search
    const huge = await fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query($q: String) { achievements(query: $q) { totalCount } }`,
        variables: { q: 'word '.repeat(40_000) },
      }),
    });
    expect(huge.status).toBe(413);
    await huge.arrayBuffer();
    const words = await post({
      query: `query($q: String) { needs(query: $q) { totalCount } }`,
      variables: { q: Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ') },
    });
    expect(words.body.errors?.[0].extensions).toMatchObject({ reason: 'TOO_MANY_SEARCH_WORDS', max: 20 });
  });

  it('refuses Money as a JSON number, which has lost digits before it arrives', async () => {
    const r = await post({
      query: `query($p: Money) { achievements(filter: { priceMax: $p }) { totalCount } }`,
      variables: { p: 9007199254740993 },
    });
    expect(r.status).toBeLessThan(500);
    expect(r.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_MONEY' });
    expect(r.body.errors?.[0].message).toMatch(/decimal string/);
  });

  it('refuses a query fanning out through Expert.achievements and Achievement.team, quickly', async () => {
    const deep = `{ experts(first: 100) { edges { node { achievements { team { achievements { team { achievements { team { id } } } } } } } } } }`;
    const started = Date.now();
    const r = await post({ query: deep });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(reasonOf(r)).toBe('QUERY_TOO_COMPLEX');
    const paged = await post({
      query: `{ experts(first: 5) { edges { node { achievements(first: 3) { team(first: 2) { id } } } } } }`,
    });
    expect(paged.body.errors).toBeUndefined();
  });

  it('bounds extensionSeconds, durationSeconds and how far ahead endsAt may be', async () => {
    const achievementId = await listAchievement(platform, member.token, operator, achievementInput());
    const create = (input: Record<string, unknown>) =>
      post(
        {
          query: `mutation($input: TradeListingInput!) { createTradeListing(input: $input) { id } }`,
          variables: { input: { achievementId, terms: 'TRANSFER', ...input } },
        },
        member.token,
      );
    const auction = { startPrice: '100000', increment: '5000' };
    expect(
      reasonOf(
        await create({
          mode: 'AUCTION',
          endsAt: inDays(2),
          auction: { ...auction, extensionSeconds: 86_400 },
        }),
      ),
    ).toBe('INVALID_EXTENSION');
    expect(
      reasonOf(
        await create({
          mode: 'LISTING',
          listPrice: '100000',
          endsAt: inDays(2),
          auction: { ...auction, durationSeconds: 2_000_000_000 },
        }),
      ),
    ).toBe('DURATION_TOO_LONG');
    expect(reasonOf(await create({ mode: 'NEGOTIATED', listPrice: '100000', endsAt: inDays(5000) }))).toBe(
      'TOO_FAR_AHEAD',
    );
  });
});
