import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Platform } from './platform.js';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A valid unified social credit code, different every call (written here, not imported, so tests check the rule). */
export function newCreditCode(region = '330100'): string {
  const serial = Array.from(randomBytes(9), (b) => ALPHABET[b % 31]).join('');
  const body = `91${region}${serial}`;
  const sum = [...body].reduce((acc, c, i) => acc + ALPHABET.indexOf(c) * WEIGHTS[i], 0);
  return body + ALPHABET[(31 - (sum % 31)) % 31];
}

let counter = 0;
export function newRegistration(overrides: Record<string, any> = {}) {
  counter += 1;
  const tag = `${Date.now().toString(36)}${counter}`;
  const { organization, ...rest } = overrides;
  return {
    email: `member-${tag}@example.com`,
    password: 'correct-horse-battery',
    name: `测试用户${counter}`,
    ...rest,
    organization: {
      name: `杭州测试科技有限公司${tag}`,
      kind: 'ENTERPRISE',
      creditCode: newCreditCode(),
      regionCode: '330106',
      ...(organization ?? {}),
    },
  };
}

export const REGISTER = `mutation($input: RegisterInput!) {
  register(input: $input) { accessToken user { id email name role organization { id name kind creditCode regionCode verified serviceCategories } } }
}`;
export const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken user { id role } } }`;

/**
 * A new member of a new organization. The organization is verified (as an operator's
 * `verifyOrganization` would, written straight to the database) unless `verified: false` is given:
 * an unverified organization may only draft.
 */
export async function registerMember(
  platform: Pick<Platform, 'gql' | 'db'>,
  { verified = true, ...overrides }: Record<string, any> = {},
) {
  const input = newRegistration(overrides);
  const res = await platform.gql(REGISTER, { input });
  if (!res.data?.register) throw new Error(`register failed: ${JSON.stringify(res.errors)}`);
  const user = res.data.register.user;
  if (verified) {
    const client = new pg.Client({ connectionString: platform.db.url });
    await client.connect();
    try {
      await client.query(`update organizations set verified = true where id = $1`, [user.organization.id]);
    } finally {
      await client.end();
    }
  }
  return { input, token: res.data.register.accessToken as string, user };
}

export async function loginAs(platform: Platform, email: string, password: string): Promise<string> {
  const res = await platform.gql(LOGIN, { email, password });
  if (!res.data?.login) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.accessToken as string;
}

/** A new verified member of a new organization of this kind in this region. */
export const memberOf = (platform: Pick<Platform, 'gql' | 'db'>, kind: string, regionCode: string) =>
  registerMember(platform, { organization: { kind, regionCode } });
