import pg from 'pg';
import type { Platform } from './platform.js';

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
