/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query UnreadNotifications {\n    myNotifications(unreadOnly: true, first: 100) {\n      id\n    }\n  }\n": typeof types.UnreadNotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query ReviewQueue($first: Int!) {\n    pendingAchievements: achievements(filter: { status: [PENDING_REVIEW] }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          summary\n          askingPrice\n          createdAt\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n    pendingNeeds: needs(filter: { status: [PENDING_REVIEW] }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          description\n          budgetMax\n          createdAt\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n    unverifiedOrganizations(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          creditCode\n          regionCode\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation ReviewAchievement($id: ID!, $approve: Boolean!, $comment: String) {\n    reviewAchievement(id: $id, approve: $approve, comment: $comment) {\n      id\n      status\n      reviewComment\n    }\n  }\n": typeof types.ReviewAchievementDocument,
    "\n  mutation ReviewNeed($id: ID!, $approve: Boolean!, $comment: String) {\n    reviewNeed(id: $id, approve: $approve, comment: $comment) {\n      id\n      status\n      reviewComment\n    }\n  }\n": typeof types.ReviewNeedDocument,
    "\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      id\n      verified\n    }\n  }\n": typeof types.VerifyOrganizationDocument,
    "\n  query OrganizationExperts($organizationId: ID!) {\n    experts(filter: { organizationId: $organizationId }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          title\n        }\n      }\n    }\n  }\n": typeof types.OrganizationExpertsDocument,
    "\n  query WorkspaceAchievement($id: ID!) {\n    achievement(id: $id) {\n      id\n      title\n      summary\n      description\n      keywords\n      fieldCodes\n      maturity\n      transferModes\n      askingPrice\n      status\n      reviewComment\n      patents {\n        number\n        title\n        kind\n      }\n      team {\n        id\n      }\n    }\n  }\n": typeof types.WorkspaceAchievementDocument,
    "\n  mutation CreateAchievement($input: AchievementInput!) {\n    createAchievement(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreateAchievementDocument,
    "\n  mutation UpdateAchievement($id: ID!, $input: AchievementInput!) {\n    updateAchievement(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateAchievementDocument,
    "\n  query MyAchievements($ownerId: ID!, $status: [AchievementStatus!]) {\n    achievements(filter: { ownerId: $ownerId, status: $status }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          reviewComment\n          askingPrice\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.MyAchievementsDocument,
    "\n  mutation WithdrawAchievement($id: ID!) {\n    withdrawAchievement(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawAchievementDocument,
    "\n  query MyNeeds($ownerId: ID!, $status: [NeedStatus!]) {\n    needs(filter: { ownerId: $ownerId, status: $status }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          reviewComment\n          budgetMax\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.MyNeedsDocument,
    "\n  mutation CloseNeed($id: ID!) {\n    closeNeed(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CloseNeedDocument,
    "\n  query WorkspaceNeed($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      keywords\n      fieldCodes\n      minMaturity\n      cooperationModes\n      budgetMin\n      budgetMax\n      deadline\n      regionCode\n      status\n      reviewComment\n      challenge {\n        reward\n        submissionDeadline\n      }\n    }\n  }\n": typeof types.WorkspaceNeedDocument,
    "\n  mutation CreateNeed($input: NeedInput!) {\n    createNeed(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreateNeedDocument,
    "\n  mutation UpdateNeed($id: ID!, $input: NeedInput!) {\n    updateNeed(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateNeedDocument,
    "\n  mutation SubmitAchievement($id: ID!) {\n    submitAchievement(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitAchievementDocument,
    "\n  mutation SubmitNeed($id: ID!) {\n    submitNeed(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitNeedDocument,
    "\n  query MyOrganization {\n    me {\n      id\n      organization {\n        id\n        name\n        kind\n        verified\n      }\n    }\n  }\n": typeof types.MyOrganizationDocument,
    "\n  query ServerTime {\n    serverTime\n  }\n": typeof types.ServerTimeDocument,
    "\n  query FieldTaxonomy {\n    fields {\n      code\n      name\n      parentCode\n    }\n  }\n": typeof types.FieldTaxonomyDocument,
};
const documents: Documents = {
    "\n  query UnreadNotifications {\n    myNotifications(unreadOnly: true, first: 100) {\n      id\n    }\n  }\n": types.UnreadNotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query ReviewQueue($first: Int!) {\n    pendingAchievements: achievements(filter: { status: [PENDING_REVIEW] }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          summary\n          askingPrice\n          createdAt\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n    pendingNeeds: needs(filter: { status: [PENDING_REVIEW] }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          description\n          budgetMax\n          createdAt\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n    unverifiedOrganizations(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          creditCode\n          regionCode\n          createdAt\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  mutation ReviewAchievement($id: ID!, $approve: Boolean!, $comment: String) {\n    reviewAchievement(id: $id, approve: $approve, comment: $comment) {\n      id\n      status\n      reviewComment\n    }\n  }\n": types.ReviewAchievementDocument,
    "\n  mutation ReviewNeed($id: ID!, $approve: Boolean!, $comment: String) {\n    reviewNeed(id: $id, approve: $approve, comment: $comment) {\n      id\n      status\n      reviewComment\n    }\n  }\n": types.ReviewNeedDocument,
    "\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      id\n      verified\n    }\n  }\n": types.VerifyOrganizationDocument,
    "\n  query OrganizationExperts($organizationId: ID!) {\n    experts(filter: { organizationId: $organizationId }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          title\n        }\n      }\n    }\n  }\n": types.OrganizationExpertsDocument,
    "\n  query WorkspaceAchievement($id: ID!) {\n    achievement(id: $id) {\n      id\n      title\n      summary\n      description\n      keywords\n      fieldCodes\n      maturity\n      transferModes\n      askingPrice\n      status\n      reviewComment\n      patents {\n        number\n        title\n        kind\n      }\n      team {\n        id\n      }\n    }\n  }\n": types.WorkspaceAchievementDocument,
    "\n  mutation CreateAchievement($input: AchievementInput!) {\n    createAchievement(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreateAchievementDocument,
    "\n  mutation UpdateAchievement($id: ID!, $input: AchievementInput!) {\n    updateAchievement(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdateAchievementDocument,
    "\n  query MyAchievements($ownerId: ID!, $status: [AchievementStatus!]) {\n    achievements(filter: { ownerId: $ownerId, status: $status }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          reviewComment\n          askingPrice\n          createdAt\n        }\n      }\n    }\n  }\n": types.MyAchievementsDocument,
    "\n  mutation WithdrawAchievement($id: ID!) {\n    withdrawAchievement(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawAchievementDocument,
    "\n  query MyNeeds($ownerId: ID!, $status: [NeedStatus!]) {\n    needs(filter: { ownerId: $ownerId, status: $status }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          reviewComment\n          budgetMax\n          createdAt\n        }\n      }\n    }\n  }\n": types.MyNeedsDocument,
    "\n  mutation CloseNeed($id: ID!) {\n    closeNeed(id: $id) {\n      id\n      status\n    }\n  }\n": types.CloseNeedDocument,
    "\n  query WorkspaceNeed($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      keywords\n      fieldCodes\n      minMaturity\n      cooperationModes\n      budgetMin\n      budgetMax\n      deadline\n      regionCode\n      status\n      reviewComment\n      challenge {\n        reward\n        submissionDeadline\n      }\n    }\n  }\n": types.WorkspaceNeedDocument,
    "\n  mutation CreateNeed($input: NeedInput!) {\n    createNeed(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreateNeedDocument,
    "\n  mutation UpdateNeed($id: ID!, $input: NeedInput!) {\n    updateNeed(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdateNeedDocument,
    "\n  mutation SubmitAchievement($id: ID!) {\n    submitAchievement(id: $id) {\n      id\n      status\n    }\n  }\n": types.SubmitAchievementDocument,
    "\n  mutation SubmitNeed($id: ID!) {\n    submitNeed(id: $id) {\n      id\n      status\n    }\n  }\n": types.SubmitNeedDocument,
    "\n  query MyOrganization {\n    me {\n      id\n      organization {\n        id\n        name\n        kind\n        verified\n      }\n    }\n  }\n": types.MyOrganizationDocument,
    "\n  query ServerTime {\n    serverTime\n  }\n": types.ServerTimeDocument,
    "\n  query FieldTaxonomy {\n    fields {\n      code\n      name\n      parentCode\n    }\n  }\n": types.FieldTaxonomyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotifications {\n    myNotifications(unreadOnly: true, first: 100) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query UnreadNotifications {\n    myNotifications(unreadOnly: true, first: 100) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($first: Int!) {\n    pendingAchievements: achievements(filter: { status: [PENDING_REVIEW] }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          summary\n          askingPrice\n          createdAt\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n    pendingNeeds: needs(filter: { status: [PENDING_REVIEW] }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          description\n          budgetMax\n          createdAt\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n    unverifiedOrganizations(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          creditCode\n          regionCode\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($first: Int!) {\n    pendingAchievements: achievements(filter: { status: [PENDING_REVIEW] }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          summary\n          askingPrice\n          createdAt\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n    pendingNeeds: needs(filter: { status: [PENDING_REVIEW] }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          description\n          budgetMax\n          createdAt\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n    unverifiedOrganizations(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          creditCode\n          regionCode\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewAchievement($id: ID!, $approve: Boolean!, $comment: String) {\n    reviewAchievement(id: $id, approve: $approve, comment: $comment) {\n      id\n      status\n      reviewComment\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewAchievement($id: ID!, $approve: Boolean!, $comment: String) {\n    reviewAchievement(id: $id, approve: $approve, comment: $comment) {\n      id\n      status\n      reviewComment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewNeed($id: ID!, $approve: Boolean!, $comment: String) {\n    reviewNeed(id: $id, approve: $approve, comment: $comment) {\n      id\n      status\n      reviewComment\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewNeed($id: ID!, $approve: Boolean!, $comment: String) {\n    reviewNeed(id: $id, approve: $approve, comment: $comment) {\n      id\n      status\n      reviewComment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      id\n      verified\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      id\n      verified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationExperts($organizationId: ID!) {\n    experts(filter: { organizationId: $organizationId }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationExperts($organizationId: ID!) {\n    experts(filter: { organizationId: $organizationId }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceAchievement($id: ID!) {\n    achievement(id: $id) {\n      id\n      title\n      summary\n      description\n      keywords\n      fieldCodes\n      maturity\n      transferModes\n      askingPrice\n      status\n      reviewComment\n      patents {\n        number\n        title\n        kind\n      }\n      team {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceAchievement($id: ID!) {\n    achievement(id: $id) {\n      id\n      title\n      summary\n      description\n      keywords\n      fieldCodes\n      maturity\n      transferModes\n      askingPrice\n      status\n      reviewComment\n      patents {\n        number\n        title\n        kind\n      }\n      team {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAchievement($input: AchievementInput!) {\n    createAchievement(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAchievement($input: AchievementInput!) {\n    createAchievement(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAchievement($id: ID!, $input: AchievementInput!) {\n    updateAchievement(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAchievement($id: ID!, $input: AchievementInput!) {\n    updateAchievement(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAchievements($ownerId: ID!, $status: [AchievementStatus!]) {\n    achievements(filter: { ownerId: $ownerId, status: $status }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          reviewComment\n          askingPrice\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAchievements($ownerId: ID!, $status: [AchievementStatus!]) {\n    achievements(filter: { ownerId: $ownerId, status: $status }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          reviewComment\n          askingPrice\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawAchievement($id: ID!) {\n    withdrawAchievement(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawAchievement($id: ID!) {\n    withdrawAchievement(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNeeds($ownerId: ID!, $status: [NeedStatus!]) {\n    needs(filter: { ownerId: $ownerId, status: $status }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          reviewComment\n          budgetMax\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNeeds($ownerId: ID!, $status: [NeedStatus!]) {\n    needs(filter: { ownerId: $ownerId, status: $status }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          reviewComment\n          budgetMax\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseNeed($id: ID!) {\n    closeNeed(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CloseNeed($id: ID!) {\n    closeNeed(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceNeed($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      keywords\n      fieldCodes\n      minMaturity\n      cooperationModes\n      budgetMin\n      budgetMax\n      deadline\n      regionCode\n      status\n      reviewComment\n      challenge {\n        reward\n        submissionDeadline\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceNeed($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      keywords\n      fieldCodes\n      minMaturity\n      cooperationModes\n      budgetMin\n      budgetMax\n      deadline\n      regionCode\n      status\n      reviewComment\n      challenge {\n        reward\n        submissionDeadline\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNeed($input: NeedInput!) {\n    createNeed(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNeed($input: NeedInput!) {\n    createNeed(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNeed($id: ID!, $input: NeedInput!) {\n    updateNeed(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNeed($id: ID!, $input: NeedInput!) {\n    updateNeed(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAchievement($id: ID!) {\n    submitAchievement(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitAchievement($id: ID!) {\n    submitAchievement(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitNeed($id: ID!) {\n    submitNeed(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitNeed($id: ID!) {\n    submitNeed(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganization {\n    me {\n      id\n      organization {\n        id\n        name\n        kind\n        verified\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOrganization {\n    me {\n      id\n      organization {\n        id\n        name\n        kind\n        verified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServerTime {\n    serverTime\n  }\n"): (typeof documents)["\n  query ServerTime {\n    serverTime\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FieldTaxonomy {\n    fields {\n      code\n      name\n      parentCode\n    }\n  }\n"): (typeof documents)["\n  query FieldTaxonomy {\n    fields {\n      code\n      name\n      parentCode\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;