// The lot of the auction benchmark, set up through the public GraphQL API only: a seller's achievement
// through review, an AUCTION listing on it, and N bidder organizations registered with confirmed deposits.
import { randomBytes } from 'node:crypto';
import { type AuctionPlatform, OPERATOR } from './auction-platform.js';
import { creditCode } from './bench-processes.js';

export interface Lot {
  listingId: string;
  /** Whole yuan: the bench keeps every amount an integer. */
  startPrice: number;
  increment: number;
  operator: string;
  bidders: Array<{ token: string; orgId: string; registrationId: string }>;
}

/** A new organization and member, verified by the operator (only verified organizations trade). */
async function register(p: AuctionPlatform, operator: string, kind: string, region: string) {
  const tag = randomBytes(5).toString('hex');
  const data = await p.gql(
    `mutation($input: RegisterInput!) { register(input: $input) { accessToken user { organization { id } } } }`,
    {
      input: {
        email: `bench-auction-${tag}@example.com`,
        password: 'bench-password-123',
        name: `竞价基准${tag}`,
        organization: {
          name: `竞价基准${kind}${tag}`,
          kind,
          creditCode: creditCode(region),
          regionCode: region,
        },
      },
    },
  );
  const orgId = data.register.user.organization.id as string;
  await p.gql(`mutation($id: ID!) { verifyOrganization(id: $id) { id } }`, { id: orgId }, operator);
  return { token: data.register.accessToken as string, orgId };
}

/** Ends `endsInSeconds` from now with extensionSeconds 0, so the end never moves during the run. */
export async function setUpLot(p: AuctionPlatform, bidderCount: number, endsInSeconds: number): Promise<Lot> {
  const { login } = await p.gql(
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
    { e: OPERATOR.email, p: OPERATOR.password },
  );
  const operator = login.accessToken as string;
  const seller = await register(p, operator, 'UNIVERSITY', '220102');
  const { createAchievement } = await p.gql(
    `mutation($input: AchievementInput!) { createAchievement(input: $input) { id } }`,
    {
      input: {
        title: '一种高强镁合金',
        summary: '镁合金挤压成型方法',
        fieldCodes: ['0301'],
        maturity: 'PILOT',
        transferModes: ['TRANSFER'],
      },
    },
    seller.token,
  );
  const id = createAchievement.id as string;
  await p.gql(`mutation($id: ID!) { submitAchievement(id: $id) { status } }`, { id }, seller.token);
  await p.gql(
    `mutation($id: ID!) { reviewAchievement(id: $id, approve: true) { status } }`,
    { id },
    operator,
  );
  const startPrice = 1000;
  const increment = 1;
  const { createTradeListing } = await p.gql(
    `mutation($input: TradeListingInput!) { createTradeListing(input: $input) { id } }`,
    {
      input: {
        achievementId: id,
        mode: 'AUCTION',
        terms: 'TRANSFER',
        endsAt: new Date(Date.now() + endsInSeconds * 1000).toISOString(),
        auction: { startPrice: String(startPrice), increment: String(increment), extensionSeconds: 0 },
      },
    },
    seller.token,
  );
  const listingId = createTradeListing.id as string;
  const bidders: Lot['bidders'] = [];
  // a few at a time: registration hashes a password (argon2) on the API's two shared cores
  for (let i = 0; i < bidderCount; i += 8) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(8, bidderCount - i) }, async () => {
        const b = await register(p, operator, 'ENTERPRISE', '330106');
        const { registerForListing: r } = await p.gql(
          `mutation($l: ID!) { registerForListing(listingId: $l) { id depositStatus } }`,
          { l: listingId },
          b.token,
        );
        if (r.depositStatus === 'PENDING')
          await p.gql(
            `mutation($r: ID!) { confirmDeposit(registrationId: $r) { id } }`,
            { r: r.id },
            operator,
          );
        return { ...b, registrationId: r.id as string };
      }),
    );
    bidders.push(...batch);
  }
  return { listingId, startPrice, increment, operator, bidders };
}
