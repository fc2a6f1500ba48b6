import { createHash } from 'node:crypto';
import { request } from 'undici';
import { loginAs, registerMember } from '../support/factories.js';
import { listAchievement, must } from '../support/flows.js';
import { OPERATOR, type Platform, startPlatform } from '../support/platform.js';

// Anonymous catalogue reads are shared for at most 0.9 s (apps/api/src/graphql/public-read-cache.ts).
let platform: Platform;
let other: Awaited<ReturnType<Platform['spawnApi']>>;
let operator: string;
let owner: { token: string; user: any };

beforeAll(async () => {
  platform = await startPlatform();
  other = await platform.spawnApi();
  operator = await loginAs(platform, OPERATOR.email, OPERATOR.password);
  owner = await registerMember(platform, { organization: { kind: 'UNIVERSITY', regionCode: '330106' } });
}, 90_000);
// three processes to stop (two APIs and the worker): more than the default 5 s on a busy machine
afterAll(() => platform?.stop(), 30_000);

const input = (title: string) => ({
  title,
  summary: '一种复合材料的低温制备方法，适用于轻量化结构件。',
  keywords: ['复合材料'],
  fieldCodes: ['0301'],
  maturity: 'PILOT',
  transferModes: ['LICENSE'],
});

const MINE = `query Mine($owner: ID!) {
  achievements(filter: { ownerId: $owner, status: [DRAFT, LISTED] }) { totalCount edges { node { id title status } } }
}`;
const titles = (data: Record<string, any>) =>
  (data.achievements.edges as Array<{ node: { title: string } }>).map((e) => e.node.title).sort();

async function statements(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(/^db_statements_total (\d+)/m.exec(text)?.[1] ?? NaN);
}

describe('shared anonymous catalogue reads', () => {
  it('answers twenty visitors asking at once with one execution', async () => {
    await listAchievement(platform, owner.token, operator, input('共享读取：碳纤维复合材料'));
    const vars = { owner: owner.user.organization.id };
    await must(platform, MINE, vars); // the query's plan and loaders warmed
    await new Promise((r) => setTimeout(r, 1000)); // that copy expired
    const before = await statements(platform.url);
    const answers = await Promise.all(Array.from({ length: 20 }, () => must(platform, MINE, vars)));
    const spent = (await statements(platform.url)) - before;
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    // one execution costs two statements (the page, the count and facets): not twenty times that
    expect(spent).toBeGreaterThan(0);
    expect(spent).toBeLessThanOrEqual(4);
  });

  it('shows a write made through another API process within 2 s', async () => {
    const vars = { owner: owner.user.organization.id };
    const seen = titles(await must(platform, MINE, vars));
    await listAchievement(other, owner.token, operator, input('共享读取：新上架的成果'));
    const written = Date.now();
    let visible = seen;
    while (!visible.includes('共享读取：新上架的成果') && Date.now() - written < 5000) {
      visible = titles(await must(platform, MINE, vars));
    }
    expect(visible).toContain('共享读取：新上架的成果');
    expect(Date.now() - written).toBeLessThanOrEqual(2000);
  });

  it('never answers an owner or an operator with the anonymous copy, nor a visitor with theirs', async () => {
    const vars = { owner: owner.user.organization.id };
    await must(
      platform,
      `mutation($input: AchievementInput!) { createAchievement(input: $input) { id } }`,
      { input: input('共享读取：所有者的草稿') },
      owner.token,
    );
    await new Promise((r) => setTimeout(r, 1000)); // the mutation cleared this process's copies; be sure
    const anonymous = titles(await must(platform, MINE, vars));
    const ownerSees = titles(await must(platform, MINE, vars, owner.token));
    const operatorSees = titles(await must(platform, MINE, vars, operator));
    const anonymousAgain = titles(await must(platform, MINE, vars));
    expect(anonymous).not.toContain('共享读取：所有者的草稿');
    expect(ownerSees).toContain('共享读取：所有者的草稿');
    expect(operatorSees).toContain('共享读取：所有者的草稿');
    expect(anonymousAgain).toEqual(anonymous);
  });

  it('lets a proxy keep an anonymous persisted GET a second, never one sent with a token', async () => {
    const vars = { owner: owner.user.organization.id };
    const hash = createHash('sha256').update(MINE).digest('hex');
    const url = (withQuery: boolean) => {
      const params = new URLSearchParams({
        variables: JSON.stringify(vars),
        extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }),
      });
      if (withQuery) params.set('query', MINE);
      return `${platform.url}/graphql?${params}`;
    };
    const get = (withQuery: boolean, headers: Record<string, string> = {}) =>
      fetch(url(withQuery), { headers: { 'apollo-require-preflight': 'true', ...headers } });
    const registered = await get(true);
    expect(registered.status).toBe(200);
    const anonymous = await get(false);
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get('cache-control')).toBe('public, max-age=1');
    expect(anonymous.headers.get('vary')).toBe('Authorization');
    const etag = anonymous.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    const body = (await anonymous.json()) as { data: Record<string, any> };
    expect(titles(body.data)).not.toContain('共享读取：所有者的草稿');

    // as a proxy revalidates (fetch would add Cache-Control: no-cache to a conditional request)
    const revalidated = await request(url(false), {
      headers: { 'apollo-require-preflight': 'true', 'if-none-match': etag as string },
    });
    await revalidated.body.dump();
    expect(revalidated.statusCode).toBe(304);

    const signedIn = await get(false, { authorization: `Bearer ${owner.token}` });
    expect(signedIn.headers.get('cache-control')).toBe('no-store');
    expect(signedIn.headers.get('etag')).toBeNull();
    const ownBody = (await signedIn.json()) as { data: Record<string, any> };
    expect(titles(ownBody.data)).toContain('共享读取：所有者的草稿');
  });
});
