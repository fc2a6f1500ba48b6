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
 * A deal at a posted price: the seller lists its achievement (LISTING mode, ending in two seconds), the
 * buyer registers, an operator confirms the deposit; the listing's close makes the deal. Returns the
 * listing's id once the deal is there.
 */
export async function dealByListing(
  platform: Pick<Platform, 'gql'>,
  seller: string,
  buyer: string,
  operator: string,
  achievementId: string,
  price = '300000',
): Promise<string> {
  const { createTradeListing } = await must(
    platform,
    `mutation($input: TradeListingInput!) { createTradeListing(input: $input) { id } }`,
    {
      input: {
        achievementId,
        mode: 'LISTING',
        terms: 'TRANSFER',
        listPrice: price,
        endsAt: new Date(Date.now() + 2000).toISOString(),
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
  await must(
    platform,
    `mutation($r: ID!) { confirmDeposit(registrationId: $r) { id } }`,
    { r: registerForListing.id },
    operator,
  );
  const deal = `query($id: ID!) { tradeListing(id: $id) { deal { id } } }`;
  await waitFor(
    async () => !!(await must(platform, deal, { id: createTradeListing.id })).tradeListing.deal,
    15_000,
    'the deal',
  );
  return createTradeListing.id as string;
}
