import jwt from 'jsonwebtoken';
import pg from 'pg';
import {
  loginAs,
  LOGIN,
  newCreditCode,
  newRegistration,
  REGISTER,
  registerMember,
} from '../support/factories.js';
import { OPERATOR, type Platform, startPlatform } from '../support/platform.js';

const JWT_SECRET = 'e2e-secret-0123456789abcdef';
let platform: Platform;

beforeAll(async () => {
  platform = await startPlatform({ JWT_SECRET, LOGIN_ATTEMPTS_PER_MINUTE: '5' });
}, 60_000);
afterAll(() => platform?.stop());

async function counts() {
  const client = new pg.Client({ connectionString: platform.db.url });
  await client.connect();
  const { rows } = await client.query(
    'select (select count(*) from users)::int as users, (select count(*) from organizations)::int as organizations',
  );
  await client.end();
  return rows[0] as { users: number; organizations: number };
}

const ME = `{ me { id email name role organization { id name kind creditCode regionCode verified } } }`;

describe('registering, signing in and who am I', () => {
  it('registers an organization with its first member, who is signed in', async () => {
    const { input, token, user } = await registerMember(platform, {
      organization: { kind: 'TRANSFER_INSTITUTION', serviceCategories: ['TECH_TRANSFER', 'FINANCE'] },
    });
    expect(user).toMatchObject({
      email: input.email,
      role: 'MEMBER',
      organization: {
        name: input.organization.name,
        kind: 'TRANSFER_INSTITUTION',
        creditCode: input.organization.creditCode,
        regionCode: '330106',
        verified: false,
        serviceCategories: ['TECH_TRANSFER', 'FINANCE'],
      },
    });
    const me = await platform.gql(ME, {}, token);
    expect(me.data?.me).toMatchObject({
      id: user.id,
      email: input.email,
      organization: { id: user.organization.id },
    });
  });

  it('tells an anonymous visitor that nobody is signed in', async () => {
    expect((await platform.gql(ME)).data?.me).toBeNull();
  });

  it('signs in with the right password only, and says the same for an unknown email', async () => {
    const { input, user } = await registerMember(platform);
    const ok = await platform.gql(LOGIN, { email: input.email.toUpperCase(), password: input.password });
    expect(ok.data?.login.user.id).toBe(user.id);
    const wrong = await platform.gql(LOGIN, { email: input.email, password: 'not-the-password' });
    const unknown = await platform.gql(LOGIN, { email: 'nobody@example.com', password: 'whatever-123' });
    for (const res of [wrong, unknown]) {
      expect(res.data).toBeNull();
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'INVALID_CREDENTIALS',
      });
    }
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  it('limits login attempts per email and address', async () => {
    const { input } = await registerMember(platform);
    const attempts = [];
    for (let i = 0; i < 6; i++)
      attempts.push(await platform.gql(LOGIN, { email: input.email, password: 'wrong-password' }));
    expect(attempts.slice(0, 5).every((r) => r.errors?.[0].extensions?.code === 'UNAUTHENTICATED')).toBe(
      true,
    );
    expect(attempts[5].errors?.[0].extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      reason: 'RATE_LIMITED',
    });
    const right = await platform.gql(LOGIN, { email: input.email, password: input.password });
    expect(right.errors?.[0].extensions?.reason).toBe('RATE_LIMITED');
  });

  it('lets the operator from OPERATOR_EMAIL sign in as an operator', async () => {
    const res = await platform.gql(LOGIN, OPERATOR);
    expect(res.data?.login.user.role).toBe('OPERATOR');
  });
});

describe('bad input is refused with its code and reason and changes nothing', () => {
  const cases: Array<[string, Record<string, any>, string, string]> = [
    [
      'a credit code with a wrong check character',
      { organization: { creditCode: '91330100716105852E' } },
      'BAD_USER_INPUT',
      'INVALID_CREDIT_CODE',
    ],
    [
      'a credit code with a forbidden letter',
      { organization: { creditCode: '91330100716105852I' } },
      'BAD_USER_INPUT',
      'INVALID_CREDIT_CODE',
    ],
    [
      'a region code that does not exist',
      { organization: { regionCode: '339999' } },
      'BAD_USER_INPUT',
      'INVALID_REGION_CODE',
    ],
    ['an email that is not one', { email: 'not-an-email' }, 'BAD_USER_INPUT', 'INVALID_EMAIL'],
    ['a short password', { password: 'short' }, 'BAD_USER_INPUT', 'PASSWORD_TOO_SHORT'],
    [
      'an organization name too long',
      { organization: { name: '长'.repeat(201) } },
      'BAD_USER_INPUT',
      'NAME_TOO_LONG',
    ],
  ];
  it.each(cases)('refuses %s', async (_label, overrides, code, reason) => {
    const before = await counts();
    const res = await platform.gql(REGISTER, { input: newRegistration(overrides) });
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code, reason });
    expect(await counts()).toEqual(before);
  });

  it('refuses a second account with the same email, in any letter case', async () => {
    const { input } = await registerMember(platform);
    const before = await counts();
    const res = await platform.gql(REGISTER, {
      input: newRegistration({ email: input.email.toUpperCase() }),
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
    expect(await counts()).toEqual(before);
  });

  it('refuses a second registration of the same organization', async () => {
    const { input } = await registerMember(platform);
    const before = await counts();
    const res = await platform.gql(REGISTER, {
      input: newRegistration({ organization: { creditCode: input.organization.creditCode.toLowerCase() } }),
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ORGANIZATION_EXISTS' });
    expect(await counts()).toEqual(before);
  });

  it('keeps exactly one of two identical registrations sent at once', async () => {
    const input = newRegistration();
    const results = await Promise.all([platform.gql(REGISTER, { input }), platform.gql(REGISTER, { input })]);
    expect(results.filter((r: any) => r.data?.register).length).toBe(1);
    expect(results.find((r: any) => r.errors)?.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('refuses a page larger than 100', async () => {
    const res = await platform.gql('{ organizations(first: 101) { totalCount } }');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_PAGE_SIZE' });
  });

  it('refuses a cursor it never gave out', async () => {
    const res = await platform.gql('{ organizations(after: "forged") { totalCount } }');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
  });

  it('refuses a query nested too deep, before running it', async () => {
    const deep = `{ __type(name: "User") { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }`;
    const res = await platform.gql(deep);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' });
  });

  it('refuses a query with too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `f${i}: fields { code }`).join(' ');
    const res = await platform.gql(`{ ${aliases} }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ALIASES' });
  });

  it('answers an unknown id with null, not an error', async () => {
    const res = await platform.gql(
      '{ a: organization(id: "00000000-0000-0000-0000-000000000000") { id } b: organization(id: "nope") { id } }',
    );
    expect(res).toEqual({ data: { a: null, b: null } });
  });
});

describe('tokens', () => {
  it('refuses a forged token, even on a public read', async () => {
    const { user } = await registerMember(platform);
    const forged = jwt.sign({ sub: user.id, role: 'OPERATOR', org: null }, 'someone-elses-secret-key', {
      expiresIn: 600,
    });
    const res = await platform.gql('{ fields { code } }', {}, forged);
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_TOKEN' });
  });

  it('refuses an expired token', async () => {
    const { user } = await registerMember(platform);
    const expired = jwt.sign(
      { sub: user.id, role: 'MEMBER', org: user.organization.id, exp: Math.floor(Date.now() / 1000) - 60 },
      JWT_SECRET,
    );
    const res = await platform.gql(ME, {}, expired);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });
  });

  it('refuses a token signed with "none"', async () => {
    const { user } = await registerMember(platform);
    const unsigned = jwt.sign({ sub: user.id, role: 'OPERATOR', org: null }, '', { algorithm: 'none' });
    const res = await platform.gql(ME, {}, unsigned);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a malformed authorization header', async () => {
    const res = await fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Token abc' },
      body: JSON.stringify({ query: ME }),
    }).then((r) => r.json() as Promise<any>);
    expect(res.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_TOKEN' });
  });
});

describe('organizations', () => {
  it('lets only an operator verify an organization, and tells its members', async () => {
    const { token, user } = await registerMember(platform, { verified: false });
    const VERIFY = `mutation($id: ID!) { verifyOrganization(id: $id) { id verified } }`;
    const anonymous = await platform.gql(VERIFY, { id: user.organization.id });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const member = await platform.gql(VERIFY, { id: user.organization.id }, token);
    expect(member.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await platform.gql(ME, {}, token)).data?.me.organization.verified).toBe(false);

    const operator = await loginAs(platform, OPERATOR.email, OPERATOR.password);
    const ok = await platform.gql(VERIFY, { id: user.organization.id }, operator);
    expect(ok.data?.verifyOrganization).toEqual({ id: user.organization.id, verified: true });
    const inbox = await platform.gql('{ myNotifications { kind subjectId readAt } }', {}, token);
    expect(inbox.data?.myNotifications).toEqual([
      { kind: 'REVIEW_RESULT', subjectId: user.organization.id, readAt: null },
    ]);

    const missing = await platform.gql(VERIFY, { id: '00000000-0000-0000-0000-000000000000' }, operator);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lists organizations still to verify to operators only, and drops one once verified', async () => {
    // registered directly, not through registerMember (which may verify the organization)
    const registered = await platform.gql(REGISTER, { input: newRegistration() });
    const { accessToken: token, user } = registered.data?.register;
    const QUEUE = `{ unverifiedOrganizations(first: 100) { totalCount edges { node { id verified } } } }`;
    expect((await platform.gql(QUEUE)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await platform.gql(QUEUE, {}, token)).errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    const operator = await loginAs(platform, OPERATOR.email, OPERATOR.password);
    const queue = async () =>
      (
        (await platform.gql(QUEUE, {}, operator)).data?.unverifiedOrganizations.edges as Array<{
          node: { id: string; verified: boolean };
        }>
      ).map((e) => e.node);
    const before = await queue();
    expect(before).toContainEqual({ id: user.organization.id, verified: false });
    expect(before.every((o) => !o.verified)).toBe(true);
    await platform.gql(
      `mutation($id: ID!) { verifyOrganization(id: $id) { id } }`,
      { id: user.organization.id },
      operator,
    );
    expect((await queue()).map((o) => o.id)).not.toContain(user.organization.id);
  });

  it('searches by name, kind and region, a province covering its cities and counties', async () => {
    const tag = `搜索${Date.now()}`;
    await registerMember(platform, {
      organization: {
        name: `${tag}西湖大学`,
        kind: 'UNIVERSITY',
        regionCode: '330106',
        creditCode: newCreditCode(),
      },
    });
    await registerMember(platform, {
      organization: {
        name: `${tag}宁波企业`,
        kind: 'ENTERPRISE',
        regionCode: '330203',
        creditCode: newCreditCode(),
      },
    });
    await registerMember(platform, {
      organization: {
        name: `${tag}长春企业`,
        kind: 'ENTERPRISE',
        regionCode: '220104',
        creditCode: newCreditCode(),
      },
    });
    const Q = `query($q: String, $kind: OrganizationKind, $region: String) {
      organizations(query: $q, kind: $kind, regionCode: $region) { totalCount edges { node { name regionCode } } } }`;
    const names = async (vars: Record<string, unknown>) =>
      (
        (await platform.gql(Q, { q: tag, ...vars })).data?.organizations.edges as Array<{
          node: { name: string };
        }>
      )
        .map((e) => e.node.name.replace(tag, ''))
        .sort();
    expect(await names({})).toEqual(['宁波企业', '西湖大学', '长春企业'].sort());
    expect(await names({ kind: 'ENTERPRISE' })).toEqual(['宁波企业', '长春企业'].sort());
    expect(await names({ region: '330000' })).toEqual(['宁波企业', '西湖大学'].sort());
    expect(await names({ region: '330100' })).toEqual(['西湖大学']);
    const bad = await platform.gql(Q, { q: tag, region: '999999' });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_REGION_CODE',
    });
  });

  it('pages with cursors that stay right while organizations are added', async () => {
    const tag = `分页${Date.now()}`;
    for (let i = 0; i < 5; i++) {
      await registerMember(platform, { organization: { name: `${tag}-${i}`, creditCode: newCreditCode() } });
    }
    const PAGE = `query($q: String, $after: String) { organizations(query: $q, first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: any = await platform.gql(PAGE, { q: tag, after });
      const conn = res.data.organizations;
      expect(conn.totalCount).toBeGreaterThanOrEqual(5);
      seen.push(...conn.edges.map((e: any) => e.node.name));
      pages += 1;
      if (pages === 1)
        await registerMember(platform, { organization: { name: `${tag}-new`, creditCode: newCreditCode() } });
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual([4, 3, 2, 1, 0].map((i) => `${tag}-${i}`));
    expect(pages).toBe(3);
  });

  it('skips no organization created within the same millisecond as the end of a page', async () => {
    const tag = `同毫秒${Date.now()}`;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { user } = await registerMember(platform, {
        organization: { name: `${tag}-${i}`, creditCode: newCreditCode() },
      });
      ids.push(user.organization.id);
    }
    // three creation times 100 µs apart, all in one millisecond: a cursor cut to the millisecond loses two
    const client = new pg.Client({ connectionString: platform.db.url });
    await client.connect();
    for (const [i, id] of ids.entries())
      await client.query(
        `update organizations set created_at = '2030-01-01 00:00:00.1231+00'::timestamptz + make_interval(secs => $2 * 0.0001) where id = $1`,
        [id, i],
      );
    await client.end();
    const PAGE = `query($q: String, $after: String) { organizations(query: $q, first: 1, after: $after) {
      pageInfo { hasNextPage endCursor } edges { node { name } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 5; pages++) {
      const res: any = await platform.gql(PAGE, { q: tag, after });
      seen.push(...res.data.organizations.edges.map((e: any) => e.node.name));
      if (!res.data.organizations.pageInfo.hasNextPage) break;
      after = res.data.organizations.pageInfo.endCursor;
    }
    expect(seen).toEqual([2, 1, 0].map((i) => `${tag}-${i}`));
  });
});
