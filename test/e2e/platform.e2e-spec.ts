import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { loginAs, registerMember } from '../support/factories.js';
import { OPERATOR, type Platform, startPlatform } from '../support/platform.js';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
}, 60_000);
afterAll(() => platform?.stop());

describe('the running platform', () => {
  it('serves its own GraphiQL explorer on /graphql to a browser, no CDN', async () => {
    const res = await fetch(`${platform.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('GraphQL 浏览器');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('serves the web console at / with the SPA fallback and long-cached hashed assets', async () => {
    const page = await fetch(`${platform.url}/trade/some-listing`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const asset = await fetch(`${platform.url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    expect((await fetch(`${platform.url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${platform.url}/metrics`, { headers: { accept: 'text/html' } })).status).toBe(200);
  });

  it('reports readiness of Postgres and Redis on /health, and liveness on /health/live', async () => {
    const res = await fetch(`${platform.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      info: { postgres: { status: 'up' }, redis: { status: 'up' } },
    });
    expect((await fetch(`${platform.url}/health/live`)).status).toBe(200);
  });

  it('exposes Prometheus metrics with GraphQL operation figures', async () => {
    await platform.gql('query Taxonomy { fields { code } }');
    const text = await (await fetch(`${platform.url}/metrics`)).text();
    expect(text).toMatch(/graphql_operation_duration_seconds_count\{type="query",name="Taxonomy"\} [1-9]/);
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\}/,
    );
    expect(text).toContain('process_cpu_seconds_total');
  });

  it('echoes the caller’s request id, or makes one', async () => {
    const given = await fetch(`${platform.url}/health/live`, {
      headers: { 'x-request-id': 'trace-abc-123' },
    });
    expect(given.headers.get('x-request-id')).toBe('trace-abc-123');
    const made = await fetch(`${platform.url}/health/live`);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never answers with a stack trace or SQL', async () => {
    const res = await platform.gql('{ organizations(kind: NOT_A_KIND) { totalCount } }');
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at Object|select /i);
  });

  it('keeps the worker process running beside the API', () => {
    expect(platform.processes.worker.exitCode).toBeNull();
    expect(platform.processes.api.exitCode).toBeNull();
  });

  it('pushes a notification to its user over graphql-ws, from the mutation that caused it', async () => {
    const { token, user } = await registerMember(platform, { verified: false });
    const client = platform.ws(token);
    const received = new Promise<any>((resolve, reject) => {
      client.subscribe(
        { query: 'subscription { notificationAdded { kind title subjectId } }' },
        { next: (msg: unknown) => resolve(msg), error: reject, complete: () => undefined },
      );
    });
    // give the subscription time to reach Redis before the event is published
    await new Promise((r) => setTimeout(r, 1000));
    const operator = await loginAs(platform, OPERATOR.email, OPERATOR.password);
    await platform.gql(
      `mutation($id: ID!) { verifyOrganization(id: $id) { id } }`,
      { id: user.organization.id },
      operator,
    );
    const msg = await received;
    expect(msg.data.notificationAdded).toMatchObject({
      kind: 'REVIEW_RESULT',
      subjectId: user.organization.id,
    });

    const inbox = await platform.gql('{ myNotifications(unreadOnly: true) { id } }', {}, token);
    const id = inbox.data?.myNotifications[0].id;
    const read = await platform.gql(
      `mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }`,
      { id },
      token,
    );
    expect(read.data?.markNotificationRead.readAt).toBeTruthy();
    expect(
      (await platform.gql('{ myNotifications(unreadOnly: true) { id } }', {}, token)).data?.myNotifications,
    ).toEqual([]);
    const other = await registerMember(platform);
    const foreign = await platform.gql(
      `mutation($id: ID!) { markNotificationRead(id: $id) { id } }`,
      { id },
      other.token,
    );
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a subscription without a token, and a socket with a bad one', async () => {
    const anonymous = platform.ws();
    const refused = await new Promise<any>((resolve) => {
      anonymous.subscribe(
        { query: 'subscription { notificationAdded { kind } }' },
        { next: resolve, error: resolve, complete: () => undefined },
      );
    });
    expect(JSON.stringify(refused)).toContain('UNAUTHENTICATED');

    const forged = platform.ws('forged.token.value');
    const closed = await new Promise<any>((resolve) => {
      forged.subscribe(
        { query: 'subscription { notificationAdded { kind } }' },
        { next: resolve, error: resolve, complete: () => undefined },
      );
    });
    expect(closed.code).toBe(4403);
  });
});

describe('settings', () => {
  const run = (env: Record<string, string>) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['dist/apps/api/src/main.js'], {
        env: { ...process.env, ...env },
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('exit', (code) => resolve({ code, stderr }));
    });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ NODE_ENV: 'production', JWT_SECRET: '' }, 'JWT_SECRET'],
    [{ PUBLIC_NOTICE_SECONDS: 'soon' }, 'PUBLIC_NOTICE_SECONDS'],
  ])(
    'stops the API on %j with a message naming %s',
    async (env, name) => {
      const { code, stderr } = await run(env as Record<string, string>);
      expect(code).not.toBe(0);
      expect(stderr).toContain(`${name}:`);
    },
    20_000,
  );

  it('stops the worker on a bad setting too', async () => {
    const result = await promisify(execFile)(process.execPath, ['dist/apps/worker/src/main.js'], {
      env: { ...process.env, REDIS_URL: 'http://nope' },
    }).catch((err: { code: number; stderr: string }) => err);
    expect((result as { code: number }).code).not.toBe(0);
    expect((result as { stderr: string }).stderr).toContain('REDIS_URL:');
  }, 20_000);
});

// The contract and its checker live in ../shared beside the checkout; a clone without it (a newcomer's)
// checks against the copy in test/contract, which the second test keeps equal to ../shared's.
const SHARED = '../shared';
const COPIED = ['spec/schema.graphql', 'tools/check-contract.mjs'];
const hasShared = COPIED.every((f) => existsSync(`${SHARED}/${f}`));

describe('the public API contract', () => {
  it('serves every type, field, argument, enum value and operation of the contract', async () => {
    const out = await promisify(execFile)(process.execPath, [
      `${hasShared ? SHARED : 'test/contract'}/tools/check-contract.mjs`,
      `${platform.url}/graphql`,
    ]).catch((err: { stdout: string; code: number }) => err);
    const gaps = out.stdout.split('\n').filter((l) => l && !l.startsWith('contract:'));
    expect(gaps).toEqual([]);
    expect(out.stdout).toContain('every type, field, argument and enum value is served');
  });
  (hasShared ? it : it.skip)('keeps its copy of the contract and checker equal to ../shared', () => {
    for (const f of COPIED)
      expect({ f, text: readFileSync(`test/contract/${f}`, 'utf8') }).toEqual({
        f,
        text: readFileSync(`${SHARED}/${f}`, 'utf8'),
      });
  });
});

describe('operating the queues', () => {
  it('serves bull-board at /admin/queues to operators alone', async () => {
    const status = async (headers: Record<string, string> = {}, path = '/admin/queues') =>
      (await fetch(`${platform.url}${path}`, { headers })).status;
    expect(await status()).toBe(401);
    expect(await status({ authorization: 'Bearer not-a-token' })).toBe(401);
    const member = await registerMember(platform);
    expect(await status({ authorization: `Bearer ${member.token}` })).toBe(403);
    const operator = await loginAs(platform, OPERATOR.email, OPERATOR.password);
    expect(await status({ authorization: `Bearer ${operator}` })).toBe(200);
    const queues = await fetch(`${platform.url}/admin/queues/api/queues`, {
      headers: { authorization: `Bearer ${operator}` },
    });
    expect(
      ((await queues.json()) as { queues: Array<{ name: string }> }).queues.map((q) => q.name).sort(),
    ).toEqual(['matching', 'trading']);
    // a browser opens it once with ?token=, then the dashboard's own requests carry the cookie
    const opened = await fetch(`${platform.url}/admin/queues?token=${operator}`);
    expect(opened.status).toBe(200);
    const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0];
    expect(await status({ cookie }, '/admin/queues/api/queues')).toBe(200);
  });

  it('reports queue depth and wait on /metrics', async () => {
    const text = await (await fetch(`${platform.url}/metrics`)).text();
    expect(text).toMatch(/^queue_jobs\{queue="matching",state="waiting"\} \d+/m);
    expect(text).toMatch(/^queue_oldest_wait_seconds\{queue="trading"\} [\d.]+/m);
    expect(text).toMatch(/^db_statements_total \d+/m);
  });
});
