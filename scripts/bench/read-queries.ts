// The read path's four requests (issue 14): what the web console's public pages and a member's workspace send.
// Achievement lists do not ask for `transferModes` (its own issue).

/** Apollo on this server, no resolver: the floor every other figure is read against. */
export const FLOOR = '{ __typename }';

/** The public catalogue's first page: twenty cards, the total and the field and region facets. */
export const BROWSE = `query Browse {
  achievements(first: 20) {
    totalCount
    edges { node { id title maturity askingPrice owner { name } } }
    facets { fields { value count } regions { value count } }
  }
}`;

/** A common word (材料, in about one achievement in eight) from the search box. */
export const SEARCH = `query Search {
  achievements(query: "材料", first: 20) {
    totalCount
    edges { node { id title owner { name } } }
  }
}`;

/** Every status of one's own achievements. */
export const ALL_STATUSES = [
  'DRAFT',
  'PENDING_REVIEW',
  'LISTED',
  'IN_TRADE',
  'DEALT',
  'REJECTED',
  'WITHDRAWN',
] as const;

/** A signed-in member's workspace: its organization's achievements in every status, with matching state. */
export const WORKSPACE = `query Workspace($owner: ID!, $statuses: [AchievementStatus!]) {
  achievements(filter: { ownerId: $owner, status: $statuses }, first: 20) {
    totalCount
    edges { node { id title status matching { status candidates updatedAt } } }
  }
}`;

export const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken user { organization { id } } }
}`;

export const CREATE_DRAFT = `mutation Draft($input: AchievementInput!) { createAchievement(input: $input) { id status } }`;

/** A draft in the member's workspace, so that the workspace shows what the public does not. */
export const DRAFT_INPUT = {
  title: '基准草稿：一种复合材料的制备方法',
  summary: '读路径基准的草稿成果，只有其所有者和运营人员可见。',
  keywords: ['复合材料'],
  fieldCodes: ['0101'],
  maturity: 'LAB',
  transferModes: ['LICENSE'],
};
