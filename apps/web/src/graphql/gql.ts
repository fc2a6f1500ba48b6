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
    "\n  query HomeLists {\n    achievements(first: 6) {\n      edges {\n        node {\n          id\n          title\n          askingPrice\n        }\n      }\n    }\n    needs(first: 6) {\n      edges {\n        node {\n          id\n          title\n          challenge {\n            reward\n          }\n        }\n      }\n    }\n    tradeListings(mode: AUCTION, status: [OPEN], first: 6) {\n      edges {\n        node {\n          id\n          endsAt\n          achievement {\n            id\n            title\n          }\n          auction {\n            currentPrice\n            startPrice\n            endsAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.HomeListsDocument,
    "\n  query Home {\n    marketStats {\n      achievements\n      needs\n      experts\n      organizations\n      deals\n      dealAmount\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query UnreadNotifications {\n    myNotifications(unreadOnly: true, first: 100) {\n      id\n    }\n  }\n": typeof types.UnreadNotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query CatalogAchievement($id: ID!) {\n    achievement(id: $id) {\n      id\n      title\n      summary\n      description\n      keywords\n      fieldCodes\n      maturity\n      transferModes\n      askingPrice\n      regionCode\n      status\n      listedAt\n      owner {\n        id\n        name\n        kind\n        verified\n      }\n      patents {\n        number\n        kind\n        title\n      }\n      team {\n        id\n        name\n        title\n      }\n    }\n  }\n": typeof types.CatalogAchievementDocument,
    "\n  query CatalogAchievementTrades {\n    tradeListings(first: 100) {\n      edges {\n        node {\n          id\n          currentMode\n          status\n          endsAt\n          achievement {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.CatalogAchievementTradesDocument,
    "\n  query CatalogAchievements($query: String, $filter: AchievementFilter, $first: Int, $after: String) {\n    achievements(query: $query, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        fields {\n          value\n          count\n        }\n        regions {\n          value\n          count\n        }\n        maturity {\n          value\n          count\n        }\n        transferModes {\n          value\n          count\n        }\n      }\n      edges {\n        node {\n          id\n          title\n          summary\n          askingPrice\n          maturity\n          regionCode\n          transferModes\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CatalogAchievementsDocument,
    "\n  query CatalogExpert($id: ID!) {\n    expert(id: $id) {\n      id\n      name\n      title\n      bio\n      regionCode\n      fieldCodes\n      researchAreas\n      organization {\n        id\n        name\n      }\n      achievements {\n        id\n        title\n      }\n    }\n  }\n": typeof types.CatalogExpertDocument,
    "\n  query CatalogExperts($query: String, $first: Int, $after: String) {\n    experts(query: $query, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          title\n          regionCode\n          researchAreas\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CatalogExpertsDocument,
    "\n  query CatalogNeed($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      keywords\n      fieldCodes\n      cooperationModes\n      minMaturity\n      budgetMin\n      budgetMax\n      regionCode\n      deadline\n      status\n      owner {\n        id\n        name\n      }\n      challenge {\n        reward\n        submissionDeadline\n        proposalCount\n      }\n    }\n  }\n": typeof types.CatalogNeedDocument,
    "\n  query CatalogNeeds($query: String, $filter: NeedFilter, $first: Int, $after: String) {\n    needs(query: $query, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          budgetMin\n          budgetMax\n          regionCode\n          deadline\n          owner {\n            id\n            name\n          }\n          challenge {\n            reward\n            submissionDeadline\n          }\n        }\n      }\n    }\n  }\n": typeof types.CatalogNeedsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  query FieldNames {\n    fields {\n      code\n      name\n      parentCode\n    }\n  }\n": typeof types.FieldNamesDocument,
    "\n  query ServerTime {\n    serverTime\n  }\n": typeof types.ServerTimeDocument,
    "\n  query FieldTaxonomy {\n    fields {\n      code\n      name\n      parentCode\n    }\n  }\n": typeof types.FieldTaxonomyDocument,
};
const documents: Documents = {
    "\n  query HomeLists {\n    achievements(first: 6) {\n      edges {\n        node {\n          id\n          title\n          askingPrice\n        }\n      }\n    }\n    needs(first: 6) {\n      edges {\n        node {\n          id\n          title\n          challenge {\n            reward\n          }\n        }\n      }\n    }\n    tradeListings(mode: AUCTION, status: [OPEN], first: 6) {\n      edges {\n        node {\n          id\n          endsAt\n          achievement {\n            id\n            title\n          }\n          auction {\n            currentPrice\n            startPrice\n            endsAt\n          }\n        }\n      }\n    }\n  }\n": types.HomeListsDocument,
    "\n  query Home {\n    marketStats {\n      achievements\n      needs\n      experts\n      organizations\n      deals\n      dealAmount\n    }\n  }\n": types.HomeDocument,
    "\n  query UnreadNotifications {\n    myNotifications(unreadOnly: true, first: 100) {\n      id\n    }\n  }\n": types.UnreadNotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query CatalogAchievement($id: ID!) {\n    achievement(id: $id) {\n      id\n      title\n      summary\n      description\n      keywords\n      fieldCodes\n      maturity\n      transferModes\n      askingPrice\n      regionCode\n      status\n      listedAt\n      owner {\n        id\n        name\n        kind\n        verified\n      }\n      patents {\n        number\n        kind\n        title\n      }\n      team {\n        id\n        name\n        title\n      }\n    }\n  }\n": types.CatalogAchievementDocument,
    "\n  query CatalogAchievementTrades {\n    tradeListings(first: 100) {\n      edges {\n        node {\n          id\n          currentMode\n          status\n          endsAt\n          achievement {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.CatalogAchievementTradesDocument,
    "\n  query CatalogAchievements($query: String, $filter: AchievementFilter, $first: Int, $after: String) {\n    achievements(query: $query, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        fields {\n          value\n          count\n        }\n        regions {\n          value\n          count\n        }\n        maturity {\n          value\n          count\n        }\n        transferModes {\n          value\n          count\n        }\n      }\n      edges {\n        node {\n          id\n          title\n          summary\n          askingPrice\n          maturity\n          regionCode\n          transferModes\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CatalogAchievementsDocument,
    "\n  query CatalogExpert($id: ID!) {\n    expert(id: $id) {\n      id\n      name\n      title\n      bio\n      regionCode\n      fieldCodes\n      researchAreas\n      organization {\n        id\n        name\n      }\n      achievements {\n        id\n        title\n      }\n    }\n  }\n": types.CatalogExpertDocument,
    "\n  query CatalogExperts($query: String, $first: Int, $after: String) {\n    experts(query: $query, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          title\n          regionCode\n          researchAreas\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CatalogExpertsDocument,
    "\n  query CatalogNeed($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      keywords\n      fieldCodes\n      cooperationModes\n      minMaturity\n      budgetMin\n      budgetMax\n      regionCode\n      deadline\n      status\n      owner {\n        id\n        name\n      }\n      challenge {\n        reward\n        submissionDeadline\n        proposalCount\n      }\n    }\n  }\n": types.CatalogNeedDocument,
    "\n  query CatalogNeeds($query: String, $filter: NeedFilter, $first: Int, $after: String) {\n    needs(query: $query, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          budgetMin\n          budgetMax\n          regionCode\n          deadline\n          owner {\n            id\n            name\n          }\n          challenge {\n            reward\n            submissionDeadline\n          }\n        }\n      }\n    }\n  }\n": types.CatalogNeedsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  query FieldNames {\n    fields {\n      code\n      name\n      parentCode\n    }\n  }\n": types.FieldNamesDocument,
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
export function graphql(source: "\n  query HomeLists {\n    achievements(first: 6) {\n      edges {\n        node {\n          id\n          title\n          askingPrice\n        }\n      }\n    }\n    needs(first: 6) {\n      edges {\n        node {\n          id\n          title\n          challenge {\n            reward\n          }\n        }\n      }\n    }\n    tradeListings(mode: AUCTION, status: [OPEN], first: 6) {\n      edges {\n        node {\n          id\n          endsAt\n          achievement {\n            id\n            title\n          }\n          auction {\n            currentPrice\n            startPrice\n            endsAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeLists {\n    achievements(first: 6) {\n      edges {\n        node {\n          id\n          title\n          askingPrice\n        }\n      }\n    }\n    needs(first: 6) {\n      edges {\n        node {\n          id\n          title\n          challenge {\n            reward\n          }\n        }\n      }\n    }\n    tradeListings(mode: AUCTION, status: [OPEN], first: 6) {\n      edges {\n        node {\n          id\n          endsAt\n          achievement {\n            id\n            title\n          }\n          auction {\n            currentPrice\n            startPrice\n            endsAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    marketStats {\n      achievements\n      needs\n      experts\n      organizations\n      deals\n      dealAmount\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    marketStats {\n      achievements\n      needs\n      experts\n      organizations\n      deals\n      dealAmount\n    }\n  }\n"];
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
export function graphql(source: "\n  query CatalogAchievement($id: ID!) {\n    achievement(id: $id) {\n      id\n      title\n      summary\n      description\n      keywords\n      fieldCodes\n      maturity\n      transferModes\n      askingPrice\n      regionCode\n      status\n      listedAt\n      owner {\n        id\n        name\n        kind\n        verified\n      }\n      patents {\n        number\n        kind\n        title\n      }\n      team {\n        id\n        name\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogAchievement($id: ID!) {\n    achievement(id: $id) {\n      id\n      title\n      summary\n      description\n      keywords\n      fieldCodes\n      maturity\n      transferModes\n      askingPrice\n      regionCode\n      status\n      listedAt\n      owner {\n        id\n        name\n        kind\n        verified\n      }\n      patents {\n        number\n        kind\n        title\n      }\n      team {\n        id\n        name\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogAchievementTrades {\n    tradeListings(first: 100) {\n      edges {\n        node {\n          id\n          currentMode\n          status\n          endsAt\n          achievement {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogAchievementTrades {\n    tradeListings(first: 100) {\n      edges {\n        node {\n          id\n          currentMode\n          status\n          endsAt\n          achievement {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogAchievements($query: String, $filter: AchievementFilter, $first: Int, $after: String) {\n    achievements(query: $query, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        fields {\n          value\n          count\n        }\n        regions {\n          value\n          count\n        }\n        maturity {\n          value\n          count\n        }\n        transferModes {\n          value\n          count\n        }\n      }\n      edges {\n        node {\n          id\n          title\n          summary\n          askingPrice\n          maturity\n          regionCode\n          transferModes\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogAchievements($query: String, $filter: AchievementFilter, $first: Int, $after: String) {\n    achievements(query: $query, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        fields {\n          value\n          count\n        }\n        regions {\n          value\n          count\n        }\n        maturity {\n          value\n          count\n        }\n        transferModes {\n          value\n          count\n        }\n      }\n      edges {\n        node {\n          id\n          title\n          summary\n          askingPrice\n          maturity\n          regionCode\n          transferModes\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogExpert($id: ID!) {\n    expert(id: $id) {\n      id\n      name\n      title\n      bio\n      regionCode\n      fieldCodes\n      researchAreas\n      organization {\n        id\n        name\n      }\n      achievements {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogExpert($id: ID!) {\n    expert(id: $id) {\n      id\n      name\n      title\n      bio\n      regionCode\n      fieldCodes\n      researchAreas\n      organization {\n        id\n        name\n      }\n      achievements {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogExperts($query: String, $first: Int, $after: String) {\n    experts(query: $query, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          title\n          regionCode\n          researchAreas\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogExperts($query: String, $first: Int, $after: String) {\n    experts(query: $query, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          title\n          regionCode\n          researchAreas\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogNeed($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      keywords\n      fieldCodes\n      cooperationModes\n      minMaturity\n      budgetMin\n      budgetMax\n      regionCode\n      deadline\n      status\n      owner {\n        id\n        name\n      }\n      challenge {\n        reward\n        submissionDeadline\n        proposalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogNeed($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      keywords\n      fieldCodes\n      cooperationModes\n      minMaturity\n      budgetMin\n      budgetMax\n      regionCode\n      deadline\n      status\n      owner {\n        id\n        name\n      }\n      challenge {\n        reward\n        submissionDeadline\n        proposalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogNeeds($query: String, $filter: NeedFilter, $first: Int, $after: String) {\n    needs(query: $query, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          budgetMin\n          budgetMax\n          regionCode\n          deadline\n          owner {\n            id\n            name\n          }\n          challenge {\n            reward\n            submissionDeadline\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogNeeds($query: String, $filter: NeedFilter, $first: Int, $after: String) {\n    needs(query: $query, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          budgetMin\n          budgetMax\n          regionCode\n          deadline\n          owner {\n            id\n            name\n          }\n          challenge {\n            reward\n            submissionDeadline\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FieldNames {\n    fields {\n      code\n      name\n      parentCode\n    }\n  }\n"): (typeof documents)["\n  query FieldNames {\n    fields {\n      code\n      name\n      parentCode\n    }\n  }\n"];
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