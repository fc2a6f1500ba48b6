import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { loginAs, newRegistration, REGISTER, registerMember } from '../support/factories.js';
import { listAchievement, must as mustOn, sql as sqlOn } from '../support/flows.js';
import { OPERATOR, type Platform, startPlatform, waitFor } from '../support/platform.js';

type Member = { token: string; user: any };
let platform: Platform;
let operator: string;
let seller: Member; // verified university, 长春
let buyer: Member; // verified enterprise, 长春
let unverified: Member; // an enterprise nobody verified, 长春
/** A second API process: two sign-ups an hour, its own key prefix, and its request log at info. */
let side: Awaited<ReturnType<Platform['spawnApi']>>;
let sideLog = '';
const SIDE_PREFIX = `tm-test-signups-${randomBytes(4).toString('hex')}`;

const must = (query: string, variables: Record<string, unknown>, token?: string) =>
  mustOn(platform, query, variables, token);
const refusalOf = async (query: string, variables: Record<string, unknown>, token?: string) =>
  (await platform.gql(query, variables, token)).errors?.[0]?.extensions;
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

beforeAll(async () => {
  platform = await startPlatform();
  operator = await loginAs(platform, OPERATOR.email, OPERATOR.password);
  seller = await registerMember(platform, { organization: { kind: 'UNIVERSITY', regionCode: '220104' } });
  buyer = await registerMember(platform, { organization: { kind: 'ENTERPRISE', regionCode: '220102' } });
  unverified = await registerMember(platform, {
    verified: false,
    organization: { kind: 'ENTERPRISE', regionCode: '220102' },
  });
  side = await platform.spawnApi({ SIGNUPS_PER_HOUR: '2', QUEUE_PREFIX: SIDE_PREFIX, LOG_LEVEL: 'info' });
  side.process.stdout?.on('data', (d) => (sideLog += d));
}, 120_000);
afterAll(async () => {
  await platform?.stop();
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const keys = await redis.keys(`${SIDE_PREFIX}:*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
}, 60_000);

const ACHIEVEMENT = {
  title: '一种高强镁合金挤压成型方法',
  summary: '镁合金挤压成型方法，适用于汽车轻量化结构件。',
  fieldCodes: ['0301'],
  maturity: 'PILOT',
  transferModes: ['TRANSFER', 'LICENSE'],
};
const NEED = {
  title: '汽车轻量化镁合金结构件成型技术需求',
  description: '需要高强度镁合金挤压或压铸成型技术，降低车身重量。',
  keywords: ['镁合金'],
  fieldCodes: ['0301'],
  cooperationModes: ['TRANSFER'],
  deadline: inSeconds(180 * 86_400),
};
const CREATE_LISTING = `mutation($input: TradeListingInput!) { createTradeListing(input: $input) { id } }`;

describe('an unverified organization', () => {
  it('may draft achievements and needs but not submit them for listing, until an operator verifies it', async () => {
    const achievement = await must(
      `mutation($input: AchievementInput!) { createAchievement(input: $input) { id status } }`,
      { input: ACHIEVEMENT },
      unverified.token,
    );
    expect(achievement.createAchievement.status).toBe('DRAFT');
    const need = await must(
      `mutation($input: NeedInput!) { createNeed(input: $input) { id status } }`,
      { input: NEED },
      unverified.token,
    );
    const SUBMIT_A = `mutation($id: ID!) { submitAchievement(id: $id) { status } }`;
    const SUBMIT_N = `mutation($id: ID!) { submitNeed(id: $id) { status } }`;
    expect(
      await refusalOf(SUBMIT_A, { id: achievement.createAchievement.id }, unverified.token),
    ).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ORGANIZATION_UNVERIFIED',
      action: 'LIST',
    });
    expect(await refusalOf(SUBMIT_N, { id: need.createNeed.id }, unverified.token)).toMatchObject({
      reason: 'ORGANIZATION_UNVERIFIED',
    });
    const [row] = await sqlOn(platform, `select status from achievements where id = $1`, [
      achievement.createAchievement.id,
    ]);
    expect(row.status).toBe('DRAFT');

    const late = await registerMember(platform, { verified: false });
    const draft = await must(
      `mutation($input: AchievementInput!) { createAchievement(input: $input) { id } }`,
      { input: ACHIEVEMENT },
      late.token,
    );
    await must(
      `mutation($id: ID!) { verifyOrganization(id: $id) { id } }`,
      { id: late.user.organization.id },
      operator,
    );
    const submitted = await must(SUBMIT_A, { id: draft.createAchievement.id }, late.token);
    expect(submitted.submitAchievement.status).toBe('PENDING_REVIEW');
  }, 60_000);

  it('may not register for a trade, bid, offer, draw up or sign a contract, nor be assessed eligible for a subsidy', async () => {
    const achievementId = await listAchievement(platform, seller.token, operator, ACHIEVEMENT);
    const auction = await must(
      CREATE_LISTING,
      {
        input: {
          achievementId,
          mode: 'AUCTION',
          terms: 'TRANSFER',
          endsAt: inSeconds(3600),
          auction: { startPrice: '100000', increment: '5000' },
        },
      },
      seller.token,
    );
    const other = await listAchievement(platform, seller.token, operator, ACHIEVEMENT);
    const negotiated = await must(
      CREATE_LISTING,
      {
        input: {
          achievementId: other,
          mode: 'NEGOTIATED',
          terms: 'LICENSE',
          listPrice: '800000',
          endsAt: inSeconds(3600),
        },
      },
      seller.token,
    );
    const cases: Array<[string, string, Record<string, unknown>]> = [
      [
        'REGISTER_FOR_TRADE',
        `mutation($l: ID!) { registerForListing(listingId: $l) { id } }`,
        { l: auction.createTradeListing.id },
      ],
      [
        'BID',
        `mutation($l: ID!) { placeBid(listingId: $l, amount: "100000", idempotencyKey: "k1") { id } }`,
        { l: auction.createTradeListing.id },
      ],
      [
        'OFFER',
        `mutation($l: ID!) { makeOffer(listingId: $l, amount: "700000") { id } }`,
        { l: negotiated.createTradeListing.id },
      ],
      [
        'SIGN',
        `mutation($input: ContractInput!) { createContract(input: $input) { id } }`,
        {
          input: {
            title: '技术转让合同',
            kind: 'TRANSFER',
            amount: '1000000',
            sellerId: seller.user.organization.id,
            buyerId: unverified.user.organization.id,
          },
        },
      ],
    ];
    for (const [action, query, variables] of cases)
      expect([action, await refusalOf(query, variables, unverified.token)]).toEqual([
        action,
        expect.objectContaining({ code: 'FORBIDDEN', reason: 'ORGANIZATION_UNVERIFIED', action }),
      ]);
    expect(
      await sqlOn(
        platform,
        `select 1 from registrations where buyer_id = $1 union all select 1 from offers where buyer_id = $1`,
        [unverified.user.organization.id],
      ),
    ).toEqual([]);

    // a contract entered by the verified side: the unverified side may not sign it, and it earns no subsidy
    const { createContract } = await must(
      `mutation($input: ContractInput!) { createContract(input: $input) { id subsidy { eligible amount rule } } }`,
      {
        input: {
          title: '技术转让合同',
          kind: 'TRANSFER',
          amount: '1000000',
          sellerId: seller.user.organization.id,
          buyerId: unverified.user.organization.id,
        },
      },
      seller.token,
    );
    expect(createContract.subsidy).toMatchObject({ eligible: false, amount: '0.00' });
    expect(createContract.subsidy.rule).toMatch(/实名认证/);
    expect(
      await refusalOf(
        `mutation($id: ID!) { signContract(id: $id) { id } }`,
        { id: createContract.id },
        unverified.token,
      ),
    ).toMatchObject({
      reason: 'ORGANIZATION_UNVERIFIED',
      action: 'SIGN',
    });
    // the same contract between verified parties is eligible
    const { createContract: fair } = await must(
      `mutation($input: ContractInput!) { createContract(input: $input) { subsidy { eligible amount } } }`,
      {
        input: {
          title: '技术转让合同',
          kind: 'TRANSFER',
          amount: '1000000',
          sellerId: seller.user.organization.id,
          buyerId: buyer.user.organization.id,
        },
      },
      seller.token,
    );
    expect(fair.subsidy).toEqual({ eligible: true, amount: '100000.00' });
  }, 60_000);

  it('may not put an achievement up for trade', async () => {
    const late = await registerMember(platform, {
      organization: { kind: 'UNIVERSITY', regionCode: '220104' },
    });
    // listed through the other API process, so that this one never saw the organization verified
    // (each process remembers verified organizations: verification is never withdrawn)
    const achievementId = await listAchievement(side, late.token, operator, ACHIEVEMENT);
    await sqlOn(platform, `update organizations set verified = false where id = $1`, [
      late.user.organization.id,
    ]);
    const res = await platform.gql(
      CREATE_LISTING,
      {
        input: {
          achievementId,
          mode: 'NEGOTIATED',
          terms: 'LICENSE',
          listPrice: '800000',
          endsAt: inSeconds(3600),
        },
      },
      late.token,
    );
    expect(res.errors?.[0].extensions).toMatchObject({
      reason: 'ORGANIZATION_UNVERIFIED',
      action: 'CREATE_TRADE_LISTING',
    });
  }, 60_000);
});

describe('demo data', () => {
  it('verifies every demo organization, since every one of them lists or trades', async () => {
    const { readFileSync } = await import('node:fs');
    const orgs = JSON.parse(readFileSync('data/demo/organizations.json', 'utf8')) as Array<{
      verified: boolean;
    }>;
    expect(orgs.length).toBeGreaterThan(0);
    expect(orgs.filter((o) => !o.verified)).toEqual([]);
  });
});

describe('sign-ups', () => {
  it('are limited per client address (SIGNUPS_PER_HOUR)', async () => {
    const reasons = [];
    for (let i = 0; i < 3; i++) {
      const res = await side.gql(REGISTER, { input: newRegistration() });
      reasons.push(res.errors?.[0].extensions?.reason ?? 'OK');
    }
    expect(reasons).toEqual(['OK', 'OK', 'RATE_LIMITED']);
  }, 60_000);
});

describe('secrets', () => {
  const start = (script: string, env: Record<string, string | undefined>) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const full: NodeJS.ProcessEnv = { ...process.env, JWT_SECRET: undefined, NODE_ENV: undefined, ...env };
      for (const k of Object.keys(full)) if (full[k] === undefined) delete full[k];
      const child = spawn(process.execPath, [script], { env: full });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), 50_000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve({ code, stderr });
      });
    });

  it.each([
    ['dist/apps/api/src/main.js', {}],
    ['dist/apps/worker/src/main.js', { JWT_SECRET: 'techmarket-development-key-change-me' }],
  ])(
    '%s refuses to start with %j and no strong JWT_SECRET, naming it',
    async (script, env) => {
      const { code, stderr } = await start(script, { DATABASE_URL: platform.db.url, PORT: '0', ...env });
      expect(code).not.toBe(0);
      expect(stderr).toContain('JWT_SECRET:');
    },
    60_000,
  );

  it('never writes the operator token given to /admin/queues to the request log', async () => {
    const res = await fetch(`${side.url}/admin/queues?token=${encodeURIComponent(operator)}`, {
      redirect: 'manual',
    });
    expect(res.status).toBeLessThan(400);
    await res.arrayBuffer();
    const denied = await fetch(`${side.url}/admin/queues?token=not-a-real-token-${'x'.repeat(20)}`);
    expect(denied.status).toBe(401);
    await denied.arrayBuffer();
    await waitFor(
      async () => sideLog.split('\n').filter((l) => l.includes('/admin/queues')).length >= 2,
      5000,
      'the request log',
    );
    expect(sideLog).toContain('token=[REDACTED]');
    expect(sideLog).not.toContain(operator);
    expect(sideLog).not.toContain(operator.split('.')[2]);
    expect(sideLog).not.toContain('not-a-real-token');
  }, 60_000);
});
