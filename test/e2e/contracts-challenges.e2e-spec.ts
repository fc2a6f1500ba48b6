import { loginAs, registerMember } from '../support/factories.js';
import { OPERATOR, type Platform, startPlatform, waitFor } from '../support/platform.js';

type Member = { token: string; user: any };

let platform: Platform;
let operator: string;
let university: Member; // 长春 (Jilin)
let zjUniversity: Member; // 杭州 (Zhejiang)
let enterprise: Member; // 长春 (Jilin)
let stranger: Member;

const must = async (query: string, variables: Record<string, unknown>, token?: string) => {
  const res = await platform.gql(query, variables, token);
  if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
};
const reasonOf = async (query: string, variables: Record<string, unknown>, token?: string) =>
  (await platform.gql(query, variables, token)).errors?.[0].extensions;
const orgOf = (m: Member): string => m.user.organization.id;
const chinaYear = () => new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  platform = await startPlatform();
  operator = await loginAs(platform, OPERATOR.email, OPERATOR.password);
  university = await registerMember(platform, { organization: { kind: 'UNIVERSITY', regionCode: '220104' } });
  zjUniversity = await registerMember(platform, {
    organization: { kind: 'UNIVERSITY', regionCode: '330106' },
  });
  enterprise = await registerMember(platform, { organization: { kind: 'ENTERPRISE', regionCode: '220102' } });
  stranger = await registerMember(platform, { organization: { kind: 'ENTERPRISE', regionCode: '220105' } });
}, 90_000);
afterAll(() => platform?.stop());

const CONTRACT = `id title kind amount status sellerSignedAt buyerSignedAt registrationNumber registeredAt
  seller { id } buyer { id } achievement { id } subsidy { eligible amount rule }`;
const CREATE = `mutation($input: ContractInput!) { createContract(input: $input) { ${CONTRACT} } }`;
const GET = `query($id: ID!) { contract(id: $id) { ${CONTRACT} } }`;
const SIGN = `mutation($id: ID!) { signContract(id: $id) { ${CONTRACT} } }`;
const REGISTER = `mutation($id: ID!) { registerContract(id: $id) { ${CONTRACT} } }`;
const MINE = `query($first: Int) { myContracts(first: $first) { id } }`;
const NOTES = `{ myNotifications(first: 100) { kind title subjectId } }`;

const offline = async (seller: Member, buyer: Member, amount: string, by: Member = buyer) =>
  (
    await must(
      CREATE,
      {
        input: {
          title: '高强度镁合金挤压工艺技术转让合同',
          kind: 'TRANSFER',
          amount,
          sellerId: orgOf(seller),
          buyerId: orgOf(buyer),
        },
      },
      by.token,
    )
  ).createContract;

const signedByBoth = async (id: string, seller: Member, buyer: Member) => {
  await must(SIGN, { id }, seller.token);
  return (await must(SIGN, { id }, buyer.token)).signContract;
};
const registered = async (id: string) => (await must(REGISTER, { id }, operator)).registerContract;
const serialOf = (n: string) => Number(n.slice(10));

describe('contracts (技术合同)', () => {
  it('goes DRAFT → SIGNED → REGISTERED with a registration number, each step in order', async () => {
    const c = await offline(university, enterprise, '3000000');
    expect(c).toMatchObject({
      kind: 'TRANSFER',
      amount: '3000000.00',
      status: 'DRAFT',
      seller: { id: orgOf(university) },
      buyer: { id: orgOf(enterprise) },
      sellerSignedAt: null,
      registrationNumber: null,
      subsidy: { eligible: true, amount: '300000.00' },
    });
    // strangers and anonymous visitors learn nothing of it
    expect((await must(GET, { id: c.id }, stranger.token)).contract).toBeNull();
    expect((await must(GET, { id: c.id })).contract).toBeNull();
    expect(await reasonOf(SIGN, { id: c.id }, stranger.token)).toMatchObject({ code: 'NOT_FOUND' });
    // registering a draft is a step out of order; only operators register
    expect(await reasonOf(REGISTER, { id: c.id }, operator)).toMatchObject({
      code: 'CONFLICT',
      reason: 'CONTRACT_NOT_SIGNED',
    });
    expect(await reasonOf(REGISTER, { id: c.id }, university.token)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await reasonOf(SIGN, { id: c.id }, operator)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_A_PARTY',
    });

    const half = (await must(SIGN, { id: c.id }, enterprise.token)).signContract;
    expect(half).toMatchObject({ status: 'DRAFT', sellerSignedAt: null });
    expect(half.buyerSignedAt).not.toBeNull();
    expect(await reasonOf(SIGN, { id: c.id }, enterprise.token)).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_SIGNED',
    });
    expect((await must(NOTES, {}, university.token)).myNotifications).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'CONTRACT_STEP', subjectId: c.id })]),
    );
    const signed = (await must(SIGN, { id: c.id }, university.token)).signContract;
    expect(signed.status).toBe('SIGNED');
    expect(signed.sellerSignedAt).not.toBeNull();

    const done = await registered(c.id);
    expect(done.status).toBe('REGISTERED');
    expect(done.registrationNumber).toMatch(new RegExp(`^${chinaYear()}220104\\d{6}$`));
    expect(serialOf(done.registrationNumber)).toBeGreaterThanOrEqual(1);
    expect(done.registeredAt).not.toBeNull();
    expect(done.subsidy).toMatchObject({ eligible: true, amount: '300000.00' });
    expect(await reasonOf(REGISTER, { id: c.id }, operator)).toMatchObject({
      code: 'CONFLICT',
      reason: 'CONTRACT_REGISTERED',
    });
    expect(await reasonOf(SIGN, { id: c.id }, university.token)).toMatchObject({ code: 'CONFLICT' });
    for (const party of [university, enterprise])
      expect(
        (await must(NOTES, {}, party.token)).myNotifications.filter(
          (n: any) => n.kind === 'CONTRACT_STEP' && n.subjectId === c.id && n.title.includes('已登记'),
        ),
      ).toHaveLength(1);

    // each party and operators see it; newest first
    expect((await must(GET, { id: c.id }, university.token)).contract.id).toBe(c.id);
    expect((await must(MINE, {}, enterprise.token)).myContracts[0].id).toBe(c.id);
    expect((await must(MINE, { first: 100 }, operator)).myContracts.map((x: any) => x.id)).toContain(c.id);
    expect((await must(MINE, {}, stranger.token)).myContracts).toEqual([]);
    expect(await reasonOf(MINE, { first: 101 }, enterprise.token)).toMatchObject({ code: 'BAD_USER_INPUT' });
  }, 30_000);

  it('checks an offline contract: a party enters it, for existing organizations, with a sane amount and title', async () => {
    const input = (over: Record<string, unknown>) => ({
      input: {
        title: '技术服务合同',
        kind: 'SERVICE',
        amount: '500000',
        sellerId: orgOf(university),
        buyerId: orgOf(enterprise),
        ...over,
      },
    });
    expect(await reasonOf(CREATE, input({}), stranger.token)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_A_PARTY',
    });
    expect(await reasonOf(CREATE, input({}), operator)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await reasonOf(CREATE, input({ buyerId: orgOf(university) }), university.token)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'SAME_PARTY',
    });
    expect(
      await reasonOf(CREATE, input({ sellerId: '00000000-0000-4000-8000-000000000000' }), enterprise.token),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ORGANIZATION_NOT_FOUND' });
    expect(await reasonOf(CREATE, input({ amount: '0' }), enterprise.token)).toMatchObject({
      reason: 'INVALID_AMOUNT',
    });
    expect(await reasonOf(CREATE, input({ title: '合'.repeat(201) }), enterprise.token)).toMatchObject({
      reason: 'TITLE_TOO_LONG',
    });
    expect(
      await reasonOf(
        CREATE,
        input({ achievementId: '00000000-0000-4000-8000-000000000000' }),
        enterprise.token,
      ),
    ).toMatchObject({ reason: 'ACHIEVEMENT_NOT_FOUND' });
    const mine = await draftAchievement(university);
    const theirs = await draftAchievement(zjUniversity);
    expect(await reasonOf(CREATE, input({ achievementId: theirs }), enterprise.token)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ACHIEVEMENT_NOT_OF_SELLER',
    });
    const c = (await must(CREATE, input({ achievementId: mine }), university.token)).createContract;
    expect(c).toMatchObject({ status: 'DRAFT', title: '技术服务合同', achievement: { id: mine } });
  });

  it('numbers registrations per (year, seller region), without gaps or repeats under concurrency', async () => {
    const drafts = await Promise.all([1, 2, 3, 4].map(() => offline(university, stranger, '100000')));
    for (const d of drafts) await signedByBoth(d.id, university, stranger);
    const numbers: string[] = (await Promise.all(drafts.map((d) => registered(d.id)))).map(
      (c) => c.registrationNumber,
    );
    expect(new Set(numbers).size).toBe(4);
    const serials = numbers.map(serialOf).sort((a, b) => a - b);
    expect(serials[3] - serials[0]).toBe(3);
    // another region counts from 1
    const zj = await offline(zjUniversity, stranger, '100000');
    await signedByBoth(zj.id, zjUniversity, stranger);
    expect((await registered(zj.id)).registrationNumber).toBe(`${chinaYear()}330106000001`);
  }, 30_000);
});

describe('post-deal subsidy (交易后补助)', () => {
  it('grants 10% to a same-province enterprise buying from a university, nothing across provinces', async () => {
    expect((await offline(university, enterprise, '3000000')).subsidy).toMatchObject({
      eligible: true,
      amount: '300000.00',
    });
    const other = (await offline(zjUniversity, enterprise, '3000000')).subsidy;
    expect(other).toMatchObject({ eligible: false, amount: '0.00' });
    expect(other.rule).toContain('同一省份');
    expect((await offline(university, stranger, '200000')).subsidy).toMatchObject({ eligible: false });
  });

  it('caps an enterprise at 2,000,000 a year across its registered contracts', async () => {
    const buyer = await registerMember(platform, {
      organization: { kind: 'ENTERPRISE', regionCode: '220103' },
    });
    const first = await offline(university, buyer, '60000000'); // 10% capped at 1,000,000
    expect(first.subsidy.amount).toBe('1000000.00');
    await signedByBoth(first.id, university, buyer);
    await registered(first.id);
    const second = await offline(university, buyer, '100000000'); // 2,000,000 alone
    expect(second.subsidy).toMatchObject({ eligible: true, amount: '1000000.00' });
    expect(second.subsidy.rule).toContain('每家企业每年累计最高');
    await signedByBoth(second.id, university, buyer);
    expect((await registered(second.id)).subsidy.amount).toBe('1000000.00');
    // an earlier registration keeps its figure
    expect((await must(GET, { id: first.id }, buyer.token)).contract.subsidy.amount).toBe('1000000.00');
    expect((await offline(university, buyer, '3000000')).subsidy).toMatchObject({
      eligible: false,
      amount: '0.00',
    });
  }, 30_000);

  it('signs and registers a contract from a trade deal on the listing’s evidence chain', async () => {
    const achievementId = await listedAchievement(university);
    const { createTradeListing } = await must(
      `mutation($input: TradeListingInput!) { createTradeListing(input: $input) { id } }`,
      {
        input: {
          achievementId,
          mode: 'LISTING',
          terms: 'TRANSFER',
          listPrice: '400000',
          endsAt: new Date(Date.now() + 2000).toISOString(),
          auction: { startPrice: '400000', increment: '10000', durationSeconds: 3 },
        },
      },
      university.token,
    );
    const { registerForListing } = await must(
      `mutation($l: ID!) { registerForListing(listingId: $l) { id } }`,
      { l: createTradeListing.id },
      enterprise.token,
    );
    await must(
      `mutation($r: ID!) { confirmDeposit(registrationId: $r) { id } }`,
      { r: registerForListing.id },
      operator,
    );
    const STATE = `query($id: ID!) { tradeListing(id: $id) { status deal { contract { id status subsidy { amount } } }
      evidence { valid length } evidenceLog { kind } } }`;
    await waitFor(
      async () =>
        (await must(STATE, { id: createTradeListing.id }, university.token)).tradeListing.status === 'DEALT',
      10_000,
      'the deal',
    );
    const contract = (await must(STATE, { id: createTradeListing.id }, university.token)).tradeListing.deal
      .contract;
    expect(contract).toMatchObject({ status: 'DRAFT', subsidy: { amount: '40000.00' } });
    // the deal's contract is for its two parties and operators: anyone else is refused on that path
    for (const token of [enterprise.token, operator])
      expect((await must(STATE, { id: createTradeListing.id }, token)).tradeListing.deal.contract.id).toBe(
        contract.id,
      );
    for (const token of [undefined, stranger.token]) {
      const res = await platform.gql(STATE, { id: createTradeListing.id }, token);
      expect(res.data?.tradeListing.deal).toBeNull();
      expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code, e.extensions?.reason])).toEqual([
        ['tradeListing.deal.contract', 'FORBIDDEN', 'NOT_A_PARTY'],
      ]);
      expect(JSON.stringify(res)).not.toContain('40000.00');
    }
    await signedByBoth(contract.id, university, enterprise);
    const number = (await registered(contract.id)).registrationNumber;
    expect(number).toMatch(/^\d{16}$/);
    const after = (await must(STATE, { id: createTradeListing.id }, university.token)).tradeListing;
    expect(after.evidence.valid).toBe(true);
    expect(after.evidenceLog.map((e: any) => e.kind).slice(-3)).toEqual([
      'SIGNATURE',
      'SIGNATURE',
      'CONTRACT_REGISTRATION',
    ]);
  }, 30_000);
});

async function draftAchievement(owner: Member): Promise<string> {
  const { createAchievement } = await must(
    `mutation($input: AchievementInput!) { createAchievement(input: $input) { id } }`,
    {
      input: {
        title: '燃料电池低铂催化剂',
        summary: '一种低铂催化剂制备方法',
        fieldCodes: ['0603'],
        maturity: 'PILOT',
        transferModes: ['TRANSFER'],
      },
    },
    owner.token,
  );
  return createAchievement.id;
}

async function listedAchievement(owner: Member): Promise<string> {
  const id = await draftAchievement(owner);
  await must(`mutation($id: ID!) { submitAchievement(id: $id) { status } }`, { id }, owner.token);
  await must(`mutation($id: ID!) { reviewAchievement(id: $id, approve: true) { status } }`, { id }, operator);
  return id;
}

const NEED = `mutation($input: NeedInput!) { createNeed(input: $input) { id } }`;
const SUBMIT = `mutation($n: ID!, $input: ProposalInput!) { submitProposal(needId: $n, input: $input) {
  id status price durationDays summary createdAt need { id } solver { id } experts { id name } } }`;
const AWARD = `mutation($n: ID!, $p: ID!) { awardChallenge(needId: $n, proposalId: $p) { id status } }`;
const CHALLENGE = `query($id: ID!) { need(id: $id) { status challenge { reward proposalCount
  proposals { id status solver { id } } awardedProposal { id solver { id } } } } }`;

async function openNeed(owner: Member, challenge?: { reward: string; submissionDeadline: string }) {
  const { createNeed } = await must(
    NEED,
    {
      input: {
        title: '汽车轻量化镁合金结构件成型技术难题',
        description: '需要高强度镁合金挤压成型技术，降低车身重量。',
        fieldCodes: ['0301'],
        cooperationModes: ['CO_DEVELOPMENT'],
        ...(challenge ? { challenge } : {}),
      },
    },
    owner.token,
  );
  await must(`mutation($id: ID!) { submitNeed(id: $id) { status } }`, { id: createNeed.id }, owner.token);
  await must(
    `mutation($id: ID!) { reviewNeed(id: $id, approve: true) { status } }`,
    { id: createNeed.id },
    operator,
  );
  return createNeed.id as string;
}

describe('challenges (揭榜挂帅)', () => {
  const proposal = (over: Record<string, unknown> = {}) => ({
    summary: '采用稀土改性与等温挤压工艺，六个月完成中试验证',
    price: '800000',
    durationDays: 180,
    ...over,
  });

  it('takes one proposal per solver until the deadline, shows them by role, and awards one into a development contract', async () => {
    const deadline = Date.now() + 8000;
    const needId = await openNeed(enterprise, {
      reward: '200000',
      submissionDeadline: new Date(deadline).toISOString(),
    });
    const { createExpert } = await must(
      `mutation($input: ExpertInput!) { createExpert(input: $input) { id } }`,
      {
        input: { name: '王教授', fieldCodes: ['0301'], researchAreas: ['镁合金'], bio: '镁合金成型二十年' },
      },
      university.token,
    );

    expect(await reasonOf(SUBMIT, { n: needId, input: proposal() }, enterprise.token)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OWN_CHALLENGE',
    });
    expect(
      await reasonOf(
        SUBMIT,
        { n: needId, input: proposal({ expertIds: ['00000000-0000-4000-8000-000000000000'] }) },
        university.token,
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EXPERT_NOT_FOUND' });
    expect(
      await reasonOf(SUBMIT, { n: needId, input: proposal({ durationDays: 0 }) }, university.token),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DURATION' });

    const mine = (
      await must(SUBMIT, { n: needId, input: proposal({ expertIds: [createExpert.id] }) }, university.token)
    ).submitProposal;
    expect(mine).toMatchObject({
      status: 'SUBMITTED',
      price: '800000.00',
      durationDays: 180,
      need: { id: needId },
      solver: { id: orgOf(university) },
      experts: [{ id: createExpert.id, name: '王教授' }],
    });
    expect(await reasonOf(SUBMIT, { n: needId, input: proposal() }, university.token)).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_SUBMITTED',
    });
    const theirs = (
      await must(
        SUBMIT,
        { n: needId, input: proposal({ price: '650000', durationDays: 240 }) },
        zjUniversity.token,
      )
    ).submitProposal;

    const view = async (token?: string) => (await must(CHALLENGE, { id: needId }, token)).need.challenge;
    expect((await view(enterprise.token)).proposals.map((p: any) => p.id)).toEqual([mine.id, theirs.id]);
    expect((await view(operator)).proposals).toHaveLength(2);
    expect((await view(university.token)).proposals.map((p: any) => p.id)).toEqual([mine.id]);
    expect(await view(stranger.token)).toMatchObject({
      proposalCount: 2,
      proposals: [],
      awardedProposal: null,
    });
    expect(await view()).toMatchObject({ reward: '200000.00', proposalCount: 2, proposals: [] });
    expect(await reasonOf(AWARD, { n: needId, p: mine.id }, university.token)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_OWNER',
    });

    await sleep(Math.max(0, deadline - Date.now()) + 500);
    expect(await reasonOf(SUBMIT, { n: needId, input: proposal() }, stranger.token)).toMatchObject({
      code: 'CONFLICT',
      reason: 'SUBMISSION_CLOSED',
    });

    const otherNeed = await openNeed(enterprise, {
      reward: '1000',
      submissionDeadline: new Date(Date.now() + 60_000).toISOString(),
    });
    expect(await reasonOf(AWARD, { n: otherNeed, p: mine.id }, enterprise.token)).toMatchObject({
      code: 'NOT_FOUND',
    });

    expect((await must(AWARD, { n: needId, p: mine.id }, enterprise.token)).awardChallenge).toEqual({
      id: mine.id,
      status: 'AWARDED',
    });
    expect(await reasonOf(AWARD, { n: needId, p: theirs.id }, enterprise.token)).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_AWARDED',
    });
    expect(await reasonOf(SUBMIT, { n: needId, input: proposal() }, stranger.token)).toMatchObject({
      code: 'CONFLICT',
    });

    const solved = (await must(CHALLENGE, { id: needId })).need;
    expect(solved.status).toBe('SOLVED');
    // the winning price and text are for the need's owner, the winner and operators
    expect(solved.challenge.awardedProposal).toBeNull();
    for (const token of [stranger.token, zjUniversity.token])
      expect((await must(CHALLENGE, { id: needId }, token)).need.challenge.awardedProposal).toBeNull();
    for (const token of [enterprise.token, university.token, operator])
      expect((await must(CHALLENGE, { id: needId }, token)).need.challenge.awardedProposal).toEqual({
        id: mine.id,
        solver: { id: orgOf(university) },
      });
    expect((await view(enterprise.token)).proposals).toEqual([
      { id: mine.id, status: 'AWARDED', solver: { id: orgOf(university) } },
      { id: theirs.id, status: 'NOT_AWARDED', solver: { id: orgOf(zjUniversity) } },
    ]);

    const contracts = (
      await must(
        `{ myContracts(first: 5) { kind amount title status seller { id } buyer { id } } }`,
        {},
        enterprise.token,
      )
    ).myContracts;
    expect(contracts[0]).toMatchObject({
      kind: 'DEVELOPMENT',
      amount: '800000.00',
      status: 'DRAFT',
      seller: { id: orgOf(university) },
      buyer: { id: orgOf(enterprise) },
    });
    expect(contracts[0].title).toContain('汽车轻量化镁合金结构件成型技术难题');

    const results = async (m: Member) =>
      (await must(NOTES, {}, m.token)).myNotifications.filter((n: any) => n.kind === 'PROPOSAL_RESULT');
    expect(await results(university)).toEqual([expect.objectContaining({ subjectId: mine.id })]);
    expect((await results(university))[0].title).toContain('揭榜成功');
    expect(await results(zjUniversity)).toEqual([expect.objectContaining({ subjectId: theirs.id })]);
    expect((await results(zjUniversity))[0].title).toContain('未中标');
  }, 40_000);

  it('refuses proposals to a need without a challenge', async () => {
    const needId = await openNeed(enterprise);
    expect(await reasonOf(SUBMIT, { n: needId, input: proposal() }, university.token)).toMatchObject({
      code: 'CONFLICT',
      reason: 'NOT_A_CHALLENGE',
    });
    expect((await must(CHALLENGE, { id: needId })).need.challenge).toBeNull();
  });
});
