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
    "\n  query TradeHall($mode: TradeMode, $status: [TradeStatus!], $first: Int, $after: String) {\n    tradeListings(mode: $mode, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          currentMode\n          status\n          startsAt\n          endsAt\n          noticeEndsAt\n          listPrice\n          registrationCount\n          achievement {\n            id\n            title\n          }\n          auction {\n            startPrice\n            currentPrice\n            bidCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.TradeHallDocument,
    "\n  query TradeRoom($id: ID!) {\n    tradeListing(id: $id) {\n      id\n      mode\n      currentMode\n      status\n      terms\n      startsAt\n      endsAt\n      noticeEndsAt\n      listPrice\n      registrationCount\n      achievement {\n        id\n        title\n      }\n      seller {\n        id\n        name\n      }\n      auction {\n        listingId\n        status\n        startPrice\n        increment\n        depositAmount\n        currentPrice\n        leadingPaddle\n        hasReserve\n        reserveMet\n        bidCount\n        startsAt\n        endsAt\n        extensionSeconds\n        bids(first: 50) {\n          id\n          paddle\n          amount\n          createdAt\n        }\n      }\n      myRegistration {\n        id\n        paddle\n        depositStatus\n        depositAmount\n      }\n      deal {\n        id\n        price\n        createdAt\n        buyer {\n          id\n          name\n        }\n        contract {\n          id\n          status\n          registrationNumber\n        }\n      }\n    }\n  }\n": typeof types.TradeRoomDocument,
    "\n  subscription AuctionRoomUpdated($listingId: ID!) {\n    auctionUpdated(listingId: $listingId) {\n      listingId\n      status\n      startPrice\n      increment\n      depositAmount\n      currentPrice\n      leadingPaddle\n      hasReserve\n      reserveMet\n      bidCount\n      startsAt\n      endsAt\n      extensionSeconds\n      bids(first: 10) {\n        id\n        paddle\n        amount\n        createdAt\n      }\n    }\n  }\n": typeof types.AuctionRoomUpdatedDocument,
    "\n  mutation PlaceBid($listingId: ID!, $amount: Money!, $idempotencyKey: String!) {\n    placeBid(listingId: $listingId, amount: $amount, idempotencyKey: $idempotencyKey) {\n      id\n      paddle\n      amount\n      createdAt\n    }\n  }\n": typeof types.PlaceBidDocument,
    "\n  query RoomEvidence($id: ID!) {\n    verifyEvidence(listingId: $id) {\n      valid\n      length\n      firstInvalidIndex\n      anchoredLength\n      headHash\n    }\n    tradeListing(id: $id) {\n      id\n      evidenceLog {\n        index\n        kind\n        createdAt\n        hash\n        prevHash\n      }\n    }\n  }\n": typeof types.RoomEvidenceDocument,
    "\n  mutation RegisterForListing($listingId: ID!) {\n    registerForListing(listingId: $listingId) {\n      id\n      paddle\n      depositStatus\n      depositAmount\n    }\n  }\n": typeof types.RegisterForListingDocument,
    "\n  query RoomMyRegistration($id: ID!) {\n    tradeListing(id: $id) {\n      id\n      myRegistration {\n        id\n        paddle\n        depositStatus\n        depositAmount\n      }\n    }\n  }\n": typeof types.RoomMyRegistrationDocument,
    "\n  query ServerTime {\n    serverTime\n  }\n": typeof types.ServerTimeDocument,
    "\n  query FieldTaxonomy {\n    fields {\n      code\n      name\n      parentCode\n    }\n  }\n": typeof types.FieldTaxonomyDocument,
};
const documents: Documents = {
    "\n  query UnreadNotifications {\n    myNotifications(unreadOnly: true, first: 100) {\n      id\n    }\n  }\n": types.UnreadNotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query TradeHall($mode: TradeMode, $status: [TradeStatus!], $first: Int, $after: String) {\n    tradeListings(mode: $mode, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          currentMode\n          status\n          startsAt\n          endsAt\n          noticeEndsAt\n          listPrice\n          registrationCount\n          achievement {\n            id\n            title\n          }\n          auction {\n            startPrice\n            currentPrice\n            bidCount\n          }\n        }\n      }\n    }\n  }\n": types.TradeHallDocument,
    "\n  query TradeRoom($id: ID!) {\n    tradeListing(id: $id) {\n      id\n      mode\n      currentMode\n      status\n      terms\n      startsAt\n      endsAt\n      noticeEndsAt\n      listPrice\n      registrationCount\n      achievement {\n        id\n        title\n      }\n      seller {\n        id\n        name\n      }\n      auction {\n        listingId\n        status\n        startPrice\n        increment\n        depositAmount\n        currentPrice\n        leadingPaddle\n        hasReserve\n        reserveMet\n        bidCount\n        startsAt\n        endsAt\n        extensionSeconds\n        bids(first: 50) {\n          id\n          paddle\n          amount\n          createdAt\n        }\n      }\n      myRegistration {\n        id\n        paddle\n        depositStatus\n        depositAmount\n      }\n      deal {\n        id\n        price\n        createdAt\n        buyer {\n          id\n          name\n        }\n        contract {\n          id\n          status\n          registrationNumber\n        }\n      }\n    }\n  }\n": types.TradeRoomDocument,
    "\n  subscription AuctionRoomUpdated($listingId: ID!) {\n    auctionUpdated(listingId: $listingId) {\n      listingId\n      status\n      startPrice\n      increment\n      depositAmount\n      currentPrice\n      leadingPaddle\n      hasReserve\n      reserveMet\n      bidCount\n      startsAt\n      endsAt\n      extensionSeconds\n      bids(first: 10) {\n        id\n        paddle\n        amount\n        createdAt\n      }\n    }\n  }\n": types.AuctionRoomUpdatedDocument,
    "\n  mutation PlaceBid($listingId: ID!, $amount: Money!, $idempotencyKey: String!) {\n    placeBid(listingId: $listingId, amount: $amount, idempotencyKey: $idempotencyKey) {\n      id\n      paddle\n      amount\n      createdAt\n    }\n  }\n": types.PlaceBidDocument,
    "\n  query RoomEvidence($id: ID!) {\n    verifyEvidence(listingId: $id) {\n      valid\n      length\n      firstInvalidIndex\n      anchoredLength\n      headHash\n    }\n    tradeListing(id: $id) {\n      id\n      evidenceLog {\n        index\n        kind\n        createdAt\n        hash\n        prevHash\n      }\n    }\n  }\n": types.RoomEvidenceDocument,
    "\n  mutation RegisterForListing($listingId: ID!) {\n    registerForListing(listingId: $listingId) {\n      id\n      paddle\n      depositStatus\n      depositAmount\n    }\n  }\n": types.RegisterForListingDocument,
    "\n  query RoomMyRegistration($id: ID!) {\n    tradeListing(id: $id) {\n      id\n      myRegistration {\n        id\n        paddle\n        depositStatus\n        depositAmount\n      }\n    }\n  }\n": types.RoomMyRegistrationDocument,
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
export function graphql(source: "\n  query TradeHall($mode: TradeMode, $status: [TradeStatus!], $first: Int, $after: String) {\n    tradeListings(mode: $mode, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          currentMode\n          status\n          startsAt\n          endsAt\n          noticeEndsAt\n          listPrice\n          registrationCount\n          achievement {\n            id\n            title\n          }\n          auction {\n            startPrice\n            currentPrice\n            bidCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TradeHall($mode: TradeMode, $status: [TradeStatus!], $first: Int, $after: String) {\n    tradeListings(mode: $mode, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          currentMode\n          status\n          startsAt\n          endsAt\n          noticeEndsAt\n          listPrice\n          registrationCount\n          achievement {\n            id\n            title\n          }\n          auction {\n            startPrice\n            currentPrice\n            bidCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TradeRoom($id: ID!) {\n    tradeListing(id: $id) {\n      id\n      mode\n      currentMode\n      status\n      terms\n      startsAt\n      endsAt\n      noticeEndsAt\n      listPrice\n      registrationCount\n      achievement {\n        id\n        title\n      }\n      seller {\n        id\n        name\n      }\n      auction {\n        listingId\n        status\n        startPrice\n        increment\n        depositAmount\n        currentPrice\n        leadingPaddle\n        hasReserve\n        reserveMet\n        bidCount\n        startsAt\n        endsAt\n        extensionSeconds\n        bids(first: 50) {\n          id\n          paddle\n          amount\n          createdAt\n        }\n      }\n      myRegistration {\n        id\n        paddle\n        depositStatus\n        depositAmount\n      }\n      deal {\n        id\n        price\n        createdAt\n        buyer {\n          id\n          name\n        }\n        contract {\n          id\n          status\n          registrationNumber\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TradeRoom($id: ID!) {\n    tradeListing(id: $id) {\n      id\n      mode\n      currentMode\n      status\n      terms\n      startsAt\n      endsAt\n      noticeEndsAt\n      listPrice\n      registrationCount\n      achievement {\n        id\n        title\n      }\n      seller {\n        id\n        name\n      }\n      auction {\n        listingId\n        status\n        startPrice\n        increment\n        depositAmount\n        currentPrice\n        leadingPaddle\n        hasReserve\n        reserveMet\n        bidCount\n        startsAt\n        endsAt\n        extensionSeconds\n        bids(first: 50) {\n          id\n          paddle\n          amount\n          createdAt\n        }\n      }\n      myRegistration {\n        id\n        paddle\n        depositStatus\n        depositAmount\n      }\n      deal {\n        id\n        price\n        createdAt\n        buyer {\n          id\n          name\n        }\n        contract {\n          id\n          status\n          registrationNumber\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuctionRoomUpdated($listingId: ID!) {\n    auctionUpdated(listingId: $listingId) {\n      listingId\n      status\n      startPrice\n      increment\n      depositAmount\n      currentPrice\n      leadingPaddle\n      hasReserve\n      reserveMet\n      bidCount\n      startsAt\n      endsAt\n      extensionSeconds\n      bids(first: 10) {\n        id\n        paddle\n        amount\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AuctionRoomUpdated($listingId: ID!) {\n    auctionUpdated(listingId: $listingId) {\n      listingId\n      status\n      startPrice\n      increment\n      depositAmount\n      currentPrice\n      leadingPaddle\n      hasReserve\n      reserveMet\n      bidCount\n      startsAt\n      endsAt\n      extensionSeconds\n      bids(first: 10) {\n        id\n        paddle\n        amount\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceBid($listingId: ID!, $amount: Money!, $idempotencyKey: String!) {\n    placeBid(listingId: $listingId, amount: $amount, idempotencyKey: $idempotencyKey) {\n      id\n      paddle\n      amount\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceBid($listingId: ID!, $amount: Money!, $idempotencyKey: String!) {\n    placeBid(listingId: $listingId, amount: $amount, idempotencyKey: $idempotencyKey) {\n      id\n      paddle\n      amount\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomEvidence($id: ID!) {\n    verifyEvidence(listingId: $id) {\n      valid\n      length\n      firstInvalidIndex\n      anchoredLength\n      headHash\n    }\n    tradeListing(id: $id) {\n      id\n      evidenceLog {\n        index\n        kind\n        createdAt\n        hash\n        prevHash\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoomEvidence($id: ID!) {\n    verifyEvidence(listingId: $id) {\n      valid\n      length\n      firstInvalidIndex\n      anchoredLength\n      headHash\n    }\n    tradeListing(id: $id) {\n      id\n      evidenceLog {\n        index\n        kind\n        createdAt\n        hash\n        prevHash\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForListing($listingId: ID!) {\n    registerForListing(listingId: $listingId) {\n      id\n      paddle\n      depositStatus\n      depositAmount\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterForListing($listingId: ID!) {\n    registerForListing(listingId: $listingId) {\n      id\n      paddle\n      depositStatus\n      depositAmount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomMyRegistration($id: ID!) {\n    tradeListing(id: $id) {\n      id\n      myRegistration {\n        id\n        paddle\n        depositStatus\n        depositAmount\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoomMyRegistration($id: ID!) {\n    tradeListing(id: $id) {\n      id\n      myRegistration {\n        id\n        paddle\n        depositStatus\n        depositAmount\n      }\n    }\n  }\n"];
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