import { loginAs, registerMember } from '../support/factories.js';
import { listAchievement, must as mustOn, openNeed, sql as sqlOn } from '../support/flows.js';
import {
  type GraphQLResponse,
  OPERATOR,
  type Platform,
  startPlatform,
  waitFor,
} from '../support/platform.js';

/**
 * What each kind of viewer gets on every path to an achievement, a need, a contract, a proposal, an
 * offer, a registration or a notification. Fixtures are built once: drafts, withdrawn items, items
 * under an unreviewed edit, a deal with its contract, an offline contract naming a draft, a challenge
 * with an awarded proposal, a negotiation with offers, a listing with registrations, a match and a
 * docking whose two sides were edited since, and each member's notifications.
 *
 * The university (`seller`) owns the achievements, sells, and solves the challenge; the enterprise
 * (`buyer`) owns the needs, buys, and docks; `stranger` is a member with no part in any of it; `rival`
 * makes the other offer and registration so that a party is seen not to get another party's.
 */
type Viewer = 'anonymous' | 'stranger' | 'seller' | 'buyer' | 'operator';
const VIEWERS: Viewer[] = ['anonymous', 'stranger', 'seller', 'buyer', 'operator'];
type Member = { token: string; user: any; input: { email: string } };

let platform: Platform;
const tokens = {} as Record<Viewer, string | undefined>;
let seller: Member;
let buyer: Member;
let stranger: Member;
let rival: Member;
const f = {} as Record<string, string>;
const emailOf = {} as Record<Viewer, string>;

const must = (query: string, variables: Record<string, unknown> = {}, token?: string) =>
  mustOn(platform, query, variables, token);
const sql = (text: string, params: unknown[] = []) => sqlOn(platform, text, params);
const orgOf = (m: Member): string => m.user.organization.id;

const achievementInput = (title: string, teamExpertIds: string[] = []) => ({
  title,
  summary: '一种提高镁合金型材强度与塑性的挤压成型方法。',
  fieldCodes: ['0301'],
  maturity: 'PILOT',
  transferModes: ['TRANSFER', 'LICENSE'],
  askingPrice: '500000',
  teamExpertIds,
});
const needInput = (title: string, challenge?: Record<string, string>) => ({
  title,
  description: '需要高强度镁合金挤压成型技术，降低车身重量。',
  fieldCodes: ['0301'],
  cooperationModes: ['TRANSFER'],
  ...(challenge ? { challenge } : {}),
});

const CREATE_ACHIEVEMENT = `mutation($input: AchievementInput!) { createAchievement(input: $input) { id } }`;
const UPDATE_ACHIEVEMENT = `mutation($id: ID!, $input: AchievementInput!) { updateAchievement(id: $id, input: $input) { status } }`;
const WITHDRAW_ACHIEVEMENT = `mutation($id: ID!) { withdrawAchievement(id: $id) { status } }`;
const CREATE_NEED = `mutation($input: NeedInput!) { createNeed(input: $input) { id } }`;
const UPDATE_NEED = `mutation($id: ID!, $input: NeedInput!) { updateNeed(id: $id, input: $input) { status } }`;
const CREATE_LISTING = `mutation($input: TradeListingInput!) { createTradeListing(input: $input) { id } }`;

beforeAll(async () => {
  platform = await startPlatform();
  const operator = await loginAs(platform, OPERATOR.email, OPERATOR.password);
  seller = await registerMember(platform, { organization: { kind: 'UNIVERSITY', regionCode: '220102' } });
  buyer = await registerMember(platform, { organization: { kind: 'ENTERPRISE', regionCode: '220104' } });
  stranger = await registerMember(platform, { organization: { kind: 'ENTERPRISE', regionCode: '330106' } });
  rival = await registerMember(platform, { organization: { kind: 'ENTERPRISE', regionCode: '330106' } });
  Object.assign(tokens, { anonymous: undefined, stranger: stranger.token, seller: seller.token });
  Object.assign(tokens, { buyer: buyer.token, operator });
  Object.assign(emailOf, { stranger: stranger.input.email, seller: seller.input.email });
  Object.assign(emailOf, { buyer: buyer.input.email, operator: OPERATOR.email });
  const list = (title: string, team: string[] = []) =>
    listAchievement(platform, seller.token, operator, achievementInput(title, team));

  // achievements: a draft, a listed one, a withdrawn one, a listed one under an unreviewed edit
  const { createExpert } = await must(
    `mutation($input: ExpertInput!) { createExpert(input: $input) { id } }`,
    { input: { name: '王强', fieldCodes: ['0301'], researchAreas: ['镁合金'], bio: '镁合金成型' } },
    seller.token,
  );
  f.expert = createExpert.id;
  f.draft = (
    await must(CREATE_ACHIEVEMENT, { input: achievementInput('草稿成果', [f.expert]) }, seller.token)
  ).createAchievement.id;
  f.listed = await list('已上架成果', [f.expert]);
  f.withdrawn = await list('已撤回成果', [f.expert]);
  await must(WITHDRAW_ACHIEVEMENT, { id: f.withdrawn }, seller.token);
  f.edited = await list('修改前成果', [f.expert]);
  await must(
    UPDATE_ACHIEVEMENT,
    { id: f.edited, input: achievementInput('未审核的修改', [f.expert]) },
    seller.token,
  );

  // needs: a draft, an open one, a closed one, an open one under an unreviewed edit
  f.draftNeed = (await must(CREATE_NEED, { input: needInput('草稿需求') }, buyer.token)).createNeed.id;
  f.openNeed = await openNeed(platform, buyer.token, operator, needInput('公开需求'));
  f.closedNeed = await openNeed(platform, buyer.token, operator, needInput('已关闭需求'));
  await must(`mutation($id: ID!) { closeNeed(id: $id) { status } }`, { id: f.closedNeed }, buyer.token);

  // a match and a docking from it; then both sides are edited and await review
  f.matchedNeed = await openNeed(platform, buyer.token, operator, needInput('对接需求'));
  f.matchedAchievement = await list('对接成果');
  [{ id: f.match }] = await sql(
    `insert into matches (need_id, target, achievement_id, score, status) values ($1, 'ACHIEVEMENT', $2, 0.9, 'VIEWED')
     on conflict (need_id, achievement_id) do update set status = 'VIEWED' returning id`,
    [f.matchedNeed, f.matchedAchievement],
  );
  f.docking = (
    await must(
      `mutation($input: DockingInput!) { requestDocking(input: $input) { id } }`,
      { input: { matchId: f.match, message: '希望对接' } },
      buyer.token,
    )
  ).requestDocking.id;
  await must(UPDATE_NEED, { id: f.matchedNeed, input: needInput('对接需求（未审核的修改）') }, buyer.token);
  await must(
    UPDATE_ACHIEVEMENT,
    { id: f.matchedAchievement, input: achievementInput('对接成果（未审核的修改）') },
    seller.token,
  );

  // a listing that sells to the buyer (the rival registers too, unpaid): a deal with its contract
  f.sold = (
    await must(
      CREATE_LISTING,
      {
        input: {
          achievementId: await list('挂牌成交成果'),
          mode: 'LISTING',
          terms: 'TRANSFER',
          listPrice: '400000',
          endsAt: new Date(Date.now() + 6000).toISOString(),
          auction: { startPrice: '400000', increment: '10000', durationSeconds: 3 },
        },
      },
      seller.token,
    )
  ).createTradeListing.id;
  const REGISTER = `mutation($l: ID!) { registerForListing(listingId: $l) { id } }`;
  f.registration = (await must(REGISTER, { l: f.sold }, buyer.token)).registerForListing.id;
  f.rivalRegistration = (await must(REGISTER, { l: f.sold }, rival.token)).registerForListing.id;
  await must(
    `mutation($r: ID!) { confirmDeposit(registrationId: $r) { id } }`,
    { r: f.registration },
    operator,
  );

  // a negotiation with the buyer's and the rival's offers
  f.negotiated = (
    await must(
      CREATE_LISTING,
      {
        input: {
          achievementId: await list('协议定价成果'),
          mode: 'NEGOTIATED',
          terms: 'LICENSE',
          endsAt: new Date(Date.now() + 3_600_000).toISOString(),
        },
      },
      seller.token,
    )
  ).createTradeListing.id;
  const OFFER = `mutation($l: ID!, $a: Money!) { makeOffer(listingId: $l, amount: $a) { id } }`;
  f.offer = (await must(OFFER, { l: f.negotiated, a: '450000' }, buyer.token)).makeOffer.id;
  f.rivalOffer = (await must(OFFER, { l: f.negotiated, a: '430000' }, rival.token)).makeOffer.id;

  // a listing the buyer registered for, cancelled, whose achievement was withdrawn afterwards
  f.withdrawnAfterTrade = await list('撤回的交易成果');
  f.cancelled = (
    await must(
      CREATE_LISTING,
      {
        input: {
          achievementId: f.withdrawnAfterTrade,
          mode: 'AUCTION',
          terms: 'TRANSFER',
          endsAt: new Date(Date.now() + 3_600_000).toISOString(),
          auction: { startPrice: '100000', increment: '5000' },
        },
      },
      seller.token,
    )
  ).createTradeListing.id;
  f.cancelledRegistration = (await must(REGISTER, { l: f.cancelled }, buyer.token)).registerForListing.id;
  await must(
    `mutation($id: ID!) { cancelTradeListing(id: $id) { status } }`,
    { id: f.cancelled },
    seller.token,
  );
  await must(WITHDRAW_ACHIEVEMENT, { id: f.withdrawnAfterTrade }, seller.token);

  // a challenge: the seller's proposal awarded, the rival's not
  f.challenge = await openNeed(
    platform,
    buyer.token,
    operator,
    needInput('揭榜挂帅需求', {
      reward: '200000',
      submissionDeadline: new Date(Date.now() + 3_600_000).toISOString(),
    }),
  );
  const PROPOSE = `mutation($n: ID!, $input: ProposalInput!) { submitProposal(needId: $n, input: $input) { id } }`;
  const proposal = { summary: '稀土改性与等温挤压工艺', price: '800000', durationDays: 180 };
  f.proposal = (await must(PROPOSE, { n: f.challenge, input: proposal }, seller.token)).submitProposal.id;
  f.rivalProposal = (
    await must(PROPOSE, { n: f.challenge, input: { ...proposal, price: '700000' } }, rival.token)
  ).submitProposal.id;
  await must(
    `mutation($n: ID!, $p: ID!) { awardChallenge(needId: $n, proposalId: $p) { id } }`,
    { n: f.challenge, p: f.proposal },
    buyer.token,
  );

  // an offline contract naming the seller's draft achievement
  f.offlineContract = (
    await must(
      `mutation($input: ContractInput!) { createContract(input: $input) { id } }`,
      {
        input: {
          title: '镁合金技术咨询合同',
          kind: 'CONSULTING',
          amount: '350000',
          sellerId: orgOf(seller),
          buyerId: orgOf(buyer),
          achievementId: f.draft,
        },
      },
      seller.token,
    )
  ).createContract.id;

  await waitFor(
    async () =>
      (await must(`query($id: ID!) { tradeListing(id: $id) { status } }`, { id: f.sold })).tradeListing
        .status === 'DEALT',
    20_000,
    'the listing’s deal',
  );
  [{ id: f.dealContract }] = await sql(`select contract_id as id from deals where listing_id = $1`, [f.sold]);
}, 120_000);
afterAll(() => platform?.stop());

/** What a viewer must get on one path: a value (compared exactly), or a refusal with this code. */
type Outcome = { value: unknown } | { error: string; path?: string };
interface Case {
  path: string;
  query: string;
  variables: () => Record<string, unknown>;
  /** the part of the answer the case is about */
  pick: (data: any) => unknown;
  expected: (v: Viewer) => Outcome;
}

const value = (v: unknown): Outcome => ({ value: v });
const refused = (error: string, path?: string): Outcome => ({ error, path });
const hiddenFrom =
  (outsiders: Viewer[], seen: () => unknown, hidden: () => unknown = () => null) =>
  (v: Viewer): Outcome =>
    value(outsiders.includes(v) ? hidden() : seen());
const OUTSIDERS_OF_SELLER: Viewer[] = ['anonymous', 'stranger', 'buyer'];
const OUTSIDERS_OF_BUYER: Viewer[] = ['anonymous', 'stranger', 'seller'];
const ids = (xs: Array<{ id: string }> | null | undefined) => xs?.map((x) => x.id).sort() ?? null;
const membersOnly = (rest: (v: Viewer) => Outcome) => (v: Viewer) =>
  v === 'anonymous' ? refused('UNAUTHENTICATED') : rest(v);

const ACHIEVEMENT = `query($id: ID!) { achievement(id: $id) { id title status } }`;
const NEED = `query($id: ID!) { need(id: $id) { id title status } }`;

const cases: Case[] = [
  // achievements and needs, top level: drafts, withdrawn, closed and unreviewed edits are the owner's
  ...(['draft', 'withdrawn', 'edited'] as const).map((k): Case => ({
    path: `achievement(id) of a ${k} achievement (the seller's)`,
    query: ACHIEVEMENT,
    variables: () => ({ id: f[k] }),
    pick: (d) => d.achievement?.id ?? null,
    expected: hiddenFrom(OUTSIDERS_OF_SELLER, () => f[k]),
  })),
  {
    path: 'achievement(id) of a listed achievement',
    query: ACHIEVEMENT,
    variables: () => ({ id: f.listed }),
    pick: (d) => d.achievement?.id ?? null,
    expected: () => value(f.listed),
  },
  {
    path: "achievements(filter: { ownerId, status: every status }) of the seller's",
    query: `query($o: ID!) { achievements(filter: { ownerId: $o, status: [DRAFT, PENDING_REVIEW, LISTED, REJECTED, IN_TRADE, DEALT, WITHDRAWN] }, first: 50) { edges { node { id } } } }`,
    variables: () => ({ o: orgOf(seller) }),
    pick: (d) => {
      const found = new Set(d.achievements.edges.map((e: any) => e.node.id));
      return ['draft', 'withdrawn', 'edited', 'listed'].filter((k) => found.has(f[k]));
    },
    expected: hiddenFrom(
      OUTSIDERS_OF_SELLER,
      () => ['draft', 'withdrawn', 'edited', 'listed'],
      () => ['listed'],
    ),
  },
  {
    path: "Expert.achievements of the seller's expert",
    query: `query($id: ID!) { expert(id: $id) { achievements { id } } }`,
    variables: () => ({ id: f.expert }),
    pick: (d) => ids(d.expert.achievements),
    expected: hiddenFrom(
      OUTSIDERS_OF_SELLER,
      () => [f.draft, f.listed, f.withdrawn, f.edited].sort(),
      () => [f.listed],
    ),
  },
  ...(['draftNeed', 'closedNeed', 'matchedNeed'] as const).map((k): Case => ({
    path: `need(id) of a ${k} (the buyer's)`,
    query: NEED,
    variables: () => ({ id: f[k] }),
    pick: (d) => d.need?.id ?? null,
    expected: hiddenFrom(OUTSIDERS_OF_BUYER, () => f[k]),
  })),
  {
    path: 'need(id) of an open need',
    query: NEED,
    variables: () => ({ id: f.openNeed }),
    pick: (d) => d.need?.id ?? null,
    expected: () => value(f.openNeed),
  },

  // matches: a party sees a match only with a need it may see; an edited side is null for the other
  {
    path: 'match(id): need and achievement, both edited since',
    query: `query($id: ID!) { match(id: $id) { id need { id title } achievement { id title } } }`,
    variables: () => ({ id: f.match }),
    pick: (d) =>
      d.match && { need: d.match.need?.title ?? null, achievement: d.match.achievement?.title ?? null },
    expected: membersOnly((v) =>
      value(
        v === 'operator'
          ? { need: '对接需求（未审核的修改）', achievement: '对接成果（未审核的修改）' }
          : v === 'buyer'
            ? { need: '对接需求（未审核的修改）', achievement: null }
            : null, // the seller may not see the need, and a match always has one
      ),
    ),
  },
  {
    path: 'TechNeed.matches of the edited need (its owner and operators)',
    query: `query($id: ID!) { need(id: $id) { matches(first: 50) { totalCount edges { node { id achievement { id } } } } } }`,
    variables: () => ({ id: f.matchedNeed }),
    pick: (d) =>
      d.need &&
      d.need.matches.edges
        .filter((e: any) => e.node.id === f.match)
        .map((e: any) => e.node.achievement?.id ?? null),
    expected: (v) =>
      value(OUTSIDERS_OF_BUYER.includes(v) ? null : [v === 'operator' ? f.matchedAchievement : null]),
  },
  {
    path: 'Achievement.matches of the edited achievement (its owner and operators)',
    query: `query($id: ID!) { achievement(id: $id) { matches(first: 50) { totalCount edges { node { id need { id } } } } } }`,
    variables: () => ({ id: f.matchedAchievement }),
    pick: (d) =>
      d.achievement &&
      d.achievement.matches.edges.filter((e: any) => e.node.id === f.match).map((e: any) => e.node.need.id),
    expected: (v) => value(v === 'operator' ? [f.matchedNeed] : v === 'seller' ? [] : null),
  },

  // dockings: each side's edited item is null for the other side
  {
    path: 'myDockings: Docking.need / achievement / match',
    query: `{ myDockings(first: 100) { id need { id } achievement { id } match { id need { id } } } }`,
    variables: () => ({}),
    pick: (d) => {
      const dk = d.myDockings.find((x: any) => x.id === f.docking);
      return dk
        ? { need: dk.need?.id ?? null, achievement: dk.achievement?.id ?? null, match: dk.match?.id ?? null }
        : null;
    },
    expected: membersOnly((v) =>
      value(
        v === 'operator'
          ? { need: f.matchedNeed, achievement: f.matchedAchievement, match: f.match }
          : v === 'buyer'
            ? { need: f.matchedNeed, achievement: null, match: f.match }
            : v === 'seller'
              ? { need: null, achievement: f.matchedAchievement, match: null }
              : null,
      ),
    ),
  },

  // trade listings: a listing goes with its achievement (non-null), hidden once that is withdrawn
  {
    path: 'tradeListing(id) whose achievement was withdrawn after the trade was cancelled',
    query: `query($id: ID!) { tradeListing(id: $id) { id achievement { id status } } }`,
    variables: () => ({ id: f.cancelled }),
    pick: (d) => d.tradeListing?.achievement ?? null,
    expected: hiddenFrom(OUTSIDERS_OF_SELLER, () => ({ id: f.withdrawnAfterTrade, status: 'WITHDRAWN' })),
  },
  {
    path: 'tradeListings: TradeListing.achievement of every listing',
    query: `{ tradeListings(first: 100) { totalCount edges { node { id achievement { id status } } } } }`,
    variables: () => ({}),
    pick: (d) => {
      const nodes = d.tradeListings.edges.map((e: any) => e.node);
      const ours = nodes.filter((n: any) => [f.sold, f.negotiated, f.cancelled].includes(n.id));
      const hiddenStatuses = nodes.filter(
        (n: any) => !['LISTED', 'IN_TRADE', 'DEALT'].includes(n.achievement.status),
      );
      return { ours: ours.length, hidden: hiddenStatuses.map((n: any) => n.id) };
    },
    expected: hiddenFrom(
      OUTSIDERS_OF_SELLER,
      () => ({ ours: 3, hidden: [f.cancelled] }),
      () => ({
        ours: 2,
        hidden: [],
      }),
    ),
  },

  // contracts: for their two parties and operators
  {
    path: 'TradeListing.deal.contract of the sold listing',
    query: `query($id: ID!) { tradeListing(id: $id) { deal { price contract { id amount subsidy { amount } } } } }`,
    variables: () => ({ id: f.sold }),
    pick: (d) => d.tradeListing.deal?.contract?.id ?? null,
    expected: (v) =>
      ['anonymous', 'stranger'].includes(v)
        ? refused('FORBIDDEN', 'tradeListing.deal.contract')
        : value(f.dealContract),
  },
  {
    path: 'contract(id) of the deal',
    query: `query($id: ID!) { contract(id: $id) { id amount } }`,
    variables: () => ({ id: f.dealContract }),
    pick: (d) => d.contract?.id ?? null,
    expected: hiddenFrom(['anonymous', 'stranger'], () => f.dealContract),
  },
  {
    path: "Contract.achievement of an offline contract naming the seller's draft",
    query: `query($id: ID!) { contract(id: $id) { id achievement { id } } }`,
    variables: () => ({ id: f.offlineContract }),
    pick: (d) => d.contract && (d.contract.achievement?.id ?? null),
    expected: (v) => value(['anonymous', 'stranger'].includes(v) ? null : v === 'buyer' ? null : f.draft),
  },
  {
    path: 'myContracts',
    query: `{ myContracts(first: 100) { id } }`,
    variables: () => ({}),
    pick: (d) => [f.dealContract, f.offlineContract].filter((id) => ids(d.myContracts)!.includes(id)).length,
    expected: membersOnly((v) => value(v === 'stranger' ? 0 : 2)),
  },

  // proposals: for the need's owner (all), their solver (its own) and operators
  {
    path: 'Challenge.awardedProposal',
    query: `query($id: ID!) { need(id: $id) { challenge { awardedProposal { id price summary } } } }`,
    variables: () => ({ id: f.challenge }),
    pick: (d) => d.need.challenge.awardedProposal?.id ?? null,
    expected: hiddenFrom(['anonymous', 'stranger'], () => f.proposal),
  },
  {
    path: 'Challenge.proposals',
    query: `query($id: ID!) { need(id: $id) { challenge { proposalCount proposals { id need { id } } } } }`,
    variables: () => ({ id: f.challenge }),
    pick: (d) => ids(d.need.challenge.proposals),
    expected: (v) =>
      value(
        v === 'buyer' || v === 'operator'
          ? [f.proposal, f.rivalProposal].sort()
          : v === 'seller'
            ? [f.proposal]
            : [],
      ),
  },

  // offers: the seller and operators all, a buyer its own
  {
    path: 'TradeListing.offers',
    query: `query($id: ID!) { tradeListing(id: $id) { offers { id amount } } }`,
    variables: () => ({ id: f.negotiated }),
    pick: (d) => ids(d.tradeListing.offers),
    expected: (v) =>
      value(
        v === 'seller' || v === 'operator' ? [f.offer, f.rivalOffer].sort() : v === 'buyer' ? [f.offer] : [],
      ),
  },

  // registrations: a buyer its own, operators all
  {
    path: 'TradeListing.myRegistration',
    query: `query($id: ID!) { tradeListing(id: $id) { registrationCount myRegistration { id paddle } } }`,
    variables: () => ({ id: f.sold }),
    pick: (d) => d.tradeListing.myRegistration?.id ?? null,
    expected: (v) => value(v === 'buyer' ? f.registration : null),
  },
  {
    path: 'registrations(listingId)',
    query: `query($l: ID!) { registrations(listingId: $l) { edges { node { id depositStatus } } } }`,
    variables: () => ({ l: f.sold }),
    pick: (d) => d.registrations.edges.map((e: any) => e.node.id).sort(),
    expected: membersOnly((v) =>
      value(
        v === 'operator'
          ? [f.registration, f.rivalRegistration].sort()
          : v === 'buyer'
            ? [f.registration]
            : [],
      ),
    ),
  },

  {
    path: 'registrations: each with its listing and achievement (none on a listing hidden since)',
    query: `{ registrations(first: 100) { totalCount edges { node { id listing { id achievement { id } } } } } }`,
    variables: () => ({}),
    pick: (d) => {
      const ours = [f.registration, f.rivalRegistration, f.cancelledRegistration];
      return d.registrations.edges
        .map((e: any) => e.node.id)
        .filter((id: string) => ours.includes(id))
        .sort();
    },
    expected: membersOnly((v) =>
      value(
        v === 'operator'
          ? [f.registration, f.rivalRegistration, f.cancelledRegistration].sort()
          : v === 'buyer'
            ? [f.registration]
            : [],
      ),
    ),
  },

  // notifications: each user its own
  {
    path: 'myNotifications',
    query: `{ myNotifications(first: 100) { id } }`,
    variables: () => ({}),
    pick: (d) => ids(d.myNotifications),
    expected: membersOnly(() => value('OWN')),
  },
];

async function check(c: Case, viewer: Viewer) {
  const res: GraphQLResponse = await platform.gql(c.query, c.variables(), tokens[viewer]);
  const want = c.expected(viewer);
  if ('error' in want) {
    expect(res.errors?.map((e) => e.extensions?.code)).toContain(want.error);
    if (want.path) expect(res.errors?.map((e) => e.path?.join('.'))).toContain(want.path);
    return;
  }
  expect(res.errors).toBeUndefined();
  const got = c.pick(res.data);
  if (want.value === 'OWN') {
    // every notification answered is the viewer's own; the two parties have some
    const [{ id: userId }] = await sql(`select id from users where email = $1`, [emailOf[viewer]]);
    const own = new Set(
      (await sql(`select id from notifications where user_id = $1`, [userId])).map((r) => r.id),
    );
    expect((got as string[]).filter((id) => !own.has(id))).toEqual([]);
    if (viewer === 'seller' || viewer === 'buyer') expect((got as string[]).length).toBeGreaterThan(0);
    return;
  }
  expect(got).toEqual(want.value);
}

describe.each(cases.map((c) => [c.path, c] as const))('%s', (_path, c) => {
  it.each(VIEWERS)('as %s', (viewer) => check(c, viewer));
});

describe('notifications of others', () => {
  it('cannot be marked read by anyone but their user', async () => {
    const [{ id }] = await sql(`select id from notifications where user_id = $1 limit 1`, [seller.user.id]);
    for (const v of ['stranger', 'buyer', 'operator'] as const) {
      const res = await platform.gql(
        `mutation($id: ID!) { markNotificationRead(id: $id) { id } }`,
        { id },
        tokens[v],
      );
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const anonymous = await platform.gql(`mutation($id: ID!) { markNotificationRead(id: $id) { id } }`, {
      id,
    });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
