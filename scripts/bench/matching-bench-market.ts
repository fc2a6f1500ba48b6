// The market's side of the matching benchmarks, through the public GraphQL API only: accounts, listing
// achievements, opening and editing needs, and reading a need's ranked achievements.
import { randomBytes } from 'node:crypto';
import { type BenchPlatform, OPERATOR } from './matching-bench-platform.js';
import { creditCode } from './bench-processes.js';

export interface Accounts {
  operator: string;
  university: string;
  enterprise: string;
}

/**
 * The operator, a university and an enterprise. They sit in different provinces, so that no region
 * signal counts; every listing and need gets the same field and mode, so that those signals are equal
 * for every pair and only the text orders a need's matches.
 */
export async function accounts(p: BenchPlatform): Promise<Accounts> {
  const login = await p.gql(
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
    {
      e: OPERATOR.email,
      p: OPERATOR.password,
    },
  );
  const operator = login.login.accessToken as string;
  // only verified organizations list their achievements and needs
  const register = async (kind: string, region: string) => {
    const tag = randomBytes(4).toString('hex');
    const data = await p.gql(
      `mutation($input: RegisterInput!) { register(input: $input) { accessToken user { organization { id } } } }`,
      {
        input: {
          email: `bench-${kind.toLowerCase()}-${tag}@example.com`,
          password: 'bench-password-123',
          name: `基准测试${tag}`,
          organization: {
            name: `基准${kind}${tag}`,
            kind,
            creditCode: creditCode(region),
            regionCode: region,
          },
        },
      },
    );
    const id = data.register.user.organization.id as string;
    await p.gql(`mutation($id: ID!) { verifyOrganization(id: $id) { id } }`, { id }, operator);
    return data.register.accessToken as string;
  };
  return {
    operator,
    university: await register('UNIVERSITY', '110108'),
    enterprise: await register('ENTERPRISE', '330106'),
  };
}

export const FIELD = '0101';
export const MODES = ['LICENSE'] as const;

export async function listAchievement(
  p: BenchPlatform,
  who: Accounts,
  a: { title: string; keywords: readonly string[] },
): Promise<string> {
  const input = {
    title: a.title,
    summary: a.title,
    keywords: [...new Set(a.keywords)].slice(0, 20), // the API takes at most 20
    fieldCodes: [FIELD],
    maturity: 'PILOT',
    transferModes: MODES,
  };
  const { createAchievement } = await p.gql(
    `mutation($input: AchievementInput!) { createAchievement(input: $input) { id } }`,
    { input },
    who.university,
  );
  const id = createAchievement.id as string;
  await p.gql(`mutation($id: ID!) { submitAchievement(id: $id) { status } }`, { id }, who.university);
  await p.gql(
    `mutation($id: ID!) { reviewAchievement(id: $id, approve: true) { status } }`,
    { id },
    who.operator,
  );
  return id;
}

export interface NeedText {
  title: string;
  description: string;
}
const needInput = (n: NeedText) => ({
  title: n.title,
  // two dev needs have no description; the API requires one, so their title stands in
  description: n.description.trim() || n.title,
  fieldCodes: [FIELD],
  cooperationModes: MODES,
});

/** Submits and approves a need (DRAFT or PENDING_REVIEW after an edit); returns when it is OPEN. */
export async function approveNeed(p: BenchPlatform, who: Accounts, id: string, submit = true): Promise<void> {
  if (submit) await p.gql(`mutation($id: ID!) { submitNeed(id: $id) { status } }`, { id }, who.enterprise);
  await p.gql(`mutation($id: ID!) { reviewNeed(id: $id, approve: true) { status } }`, { id }, who.operator);
}

export async function openNeed(p: BenchPlatform, who: Accounts, n: NeedText): Promise<string> {
  const { createNeed } = await p.gql(
    `mutation($input: NeedInput!) { createNeed(input: $input) { id } }`,
    { input: needInput(n) },
    who.enterprise,
  );
  await approveNeed(p, who, createNeed.id);
  return createNeed.id;
}

/** Edits an open need; it goes back to review (PENDING_REVIEW), as the platform requires. */
export async function editNeed(p: BenchPlatform, who: Accounts, id: string, n: NeedText): Promise<string> {
  const { updateNeed } = await p.gql(
    `mutation($id: ID!, $input: NeedInput!) { updateNeed(id: $id, input: $input) { status } }`,
    { id, input: needInput(n) },
    who.enterprise,
  );
  return updateNeed.status;
}

/** A need's achievements as its owner sees them, best first, paging 100 at a time up to `limit`. */
export async function needMatches(p: BenchPlatform, who: Accounts, id: string, limit = 100) {
  const ranked: Array<{ id: string; score: number }> = [];
  let after: string | null = null;
  let totalCount = 0;
  do {
    const data: any = await p.gql(
      `query($id: ID!, $first: Int, $after: String) { need(id: $id) { matches(target: ACHIEVEMENT, first: $first, after: $after) {
         totalCount pageInfo { hasNextPage endCursor } edges { node { score achievement { id } } } } } }`,
      { id, first: Math.min(100, limit - ranked.length), after },
      who.enterprise,
    );
    const page = data.need.matches;
    totalCount = page.totalCount;
    for (const e of page.edges) ranked.push({ id: e.node.achievement.id, score: e.node.score });
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && ranked.length < limit);
  return { ranked, totalCount };
}
