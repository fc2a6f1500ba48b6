import pg from 'pg';
import { type Platform, waitFor } from './platform.js';

/** A GraphQL call that must succeed: its data, or the errors thrown. */
export async function must(
  platform: Pick<Platform, 'gql'>,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<Record<string, any>> {
  const res = await platform.gql(query, variables, token);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** Rows of one statement on the platform's database, read beside the API. */
export async function sql(
  platform: Pick<Platform, 'db'>,
  text: string,
  params: unknown[] = [],
): Promise<any[]> {
  const client = new pg.Client({ connectionString: platform.db.url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** An achievement created by its owner, submitted and approved by an operator: LISTED. */
export async function listAchievement(
  platform: Pick<Platform, 'gql'>,
  owner: string,
  operator: string,
  input: Record<string, unknown>,
): Promise<string> {
  const { createAchievement } = await must(
    platform,
    `mutation($input: AchievementInput!) { createAchievement(input: $input) { id } }`,
    { input },
    owner,
  );
  await must(
    platform,
    `mutation($id: ID!) { submitAchievement(id: $id) { status } }`,
    { id: createAchievement.id },
    owner,
  );
  await must(
    platform,
    `mutation($id: ID!) { reviewAchievement(id: $id, approve: true) { status } }`,
    { id: createAchievement.id },
    operator,
  );
  return createAchievement.id as string;
}

/** A need created by its owner, submitted and approved by an operator: OPEN. */
export async function openNeed(
  platform: Pick<Platform, 'gql'>,
  owner: string,
  operator: string,
  input: Record<string, unknown>,
): Promise<string> {
  const { createNeed } = await must(
    platform,
    `mutation($input: NeedInput!) { createNeed(input: $input) { id } }`,
    { input },
    owner,
  );
  await must(platform, `mutation($id: ID!) { submitNeed(id: $id) { status } }`, { id: createNeed.id }, owner);
  await must(
    platform,
    `mutation($id: ID!) { reviewNeed(id: $id, approve: true) { status } }`,
    { id: createNeed.id },
    operator,
  );
  return createNeed.id as string;
}

/**
 * A posted-price listing (LISTING mode, ending in `endsInMs`) of the seller's listed achievement, and a
 * buyer's registration for it, its deposit PENDING.
 */
export async function registeredListing(
  platform: Pick<Platform, 'gql'>,
  seller: string,
  buyer: string,
  achievementId: string,
  { price = '300000', endsInMs = 2000 }: { price?: string; endsInMs?: number } = {},
): Promise<{ listingId: string; registrationId: string }> {
  const { createTradeListing } = await must(
    platform,
    `mutation($input: TradeListingInput!) { createTradeListing(input: $input) { id } }`,
    {
      input: {
        achievementId,
        mode: 'LISTING',
        terms: 'TRANSFER',
        listPrice: price,
        endsAt: new Date(Date.now() + endsInMs).toISOString(),
        auction: { startPrice: price, increment: '10000', durationSeconds: 60 },
      },
    },
    seller,
  );
  const { registerForListing } = await must(
    platform,
    `mutation($l: ID!) { registerForListing(listingId: $l) { id } }`,
    { l: createTradeListing.id },
    buyer,
  );
  return { listingId: createTradeListing.id, registrationId: registerForListing.id };
}

/**
 * A deal at a posted price: a listing ending in two seconds with one registration whose deposit an
 * operator confirms; the listing's close makes the deal. Returns the listing's id once the deal is there.
 */
export async function dealByListing(
  platform: Pick<Platform, 'gql'>,
  seller: string,
  buyer: string,
  operator: string,
  achievementId: string,
  price = '300000',
): Promise<string> {
  const { listingId, registrationId } = await registeredListing(platform, seller, buyer, achievementId, {
    price,
  });
  await must(
    platform,
    `mutation($r: ID!) { confirmDeposit(registrationId: $r) { id } }`,
    { r: registrationId },
    operator,
  );
  const deal = `query($id: ID!) { tradeListing(id: $id) { deal { id } } }`;
  await waitFor(
    async () => !!(await must(platform, deal, { id: listingId })).tradeListing.deal,
    15_000,
    'the deal',
  );
  return listingId;
}

/** A contract entered by its buyer and signed by both parties: SIGNED, waiting for its registration. */
export async function signedContract(
  platform: Pick<Platform, 'gql'>,
  seller: { token: string; user: { organization: { id: string } } },
  buyer: { token: string; user: { organization: { id: string } } },
  input: { amount: string; achievementId?: string | null; title?: string },
): Promise<string> {
  const { createContract } = await must(
    platform,
    `mutation($input: ContractInput!) { createContract(input: $input) { id } }`,
    {
      input: {
        title: input.title ?? '技术转让合同',
        kind: 'TRANSFER',
        amount: input.amount,
        sellerId: seller.user.organization.id,
        buyerId: buyer.user.organization.id,
        achievementId: input.achievementId ?? null,
      },
    },
    buyer.token,
  );
  for (const side of [seller, buyer])
    await must(
      platform,
      `mutation($id: ID!) { signContract(id: $id) { status } }`,
      { id: createContract.id },
      side.token,
    );
  return createContract.id as string;
}

/** Markets created by a root operator, in order. */
export async function createMarkets(
  platform: Pick<Platform, 'gql'>,
  operator: string,
  inputs: ReadonlyArray<Record<string, unknown>>,
): Promise<void> {
  for (const input of inputs)
    await must(
      platform,
      `mutation($input: MarketInput!) { createMarket(input: $input) { code } }`,
      { input },
      operator,
    );
}
