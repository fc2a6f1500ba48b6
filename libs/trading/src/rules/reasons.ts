import type { AuctionTermsRefusal } from './auction-terms.js';
import type { BidRefusalReason } from './auction-bid.js';
import type { ContractRefusal } from './contract-lifecycle.js';
import type { NegotiationRefusal } from './negotiation.js';
import type { NoticeRefusal } from './public-notice.js';

/** Every `reason` a trading rule can refuse with. */
export type TradingRefusalReason =
  | BidRefusalReason
  | AuctionTermsRefusal
  | NegotiationRefusal
  | NoticeRefusal
  | ContractRefusal
  | 'INVALID_CONTRACT_NUMBER';

export type TradingErrorCode = 'BAD_USER_INPUT' | 'FORBIDDEN' | 'CONFLICT';

/**
 * The GraphQL `extensions.code` for each reason, for the service's domain errors: a bad amount or
 * bad terms is BAD_USER_INPUT, acting on someone else's behalf FORBIDDEN, and a step out of order
 * (wrong time, wrong state, wrong turn) CONFLICT, as PRODUCT.md asks.
 */
export const TRADING_REASON_CODES: Readonly<Record<TradingRefusalReason, TradingErrorCode>> = {
  OWN_LISTING: 'FORBIDDEN',
  NOT_A_PARTY: 'FORBIDDEN',
  DEPOSIT_REQUIRED: 'FORBIDDEN',
  AUCTION_NOT_OPEN: 'CONFLICT',
  AUCTION_CLOSED: 'CONFLICT',
  ALREADY_LEADING: 'CONFLICT',
  LISTING_NOT_OPEN: 'CONFLICT',
  LISTING_CLOSED: 'CONFLICT',
  OFFER_NOT_OPEN: 'CONFLICT',
  NOT_YOUR_TURN: 'CONFLICT',
  BUYER_CANNOT_COUNTER: 'CONFLICT',
  NOTICE_NOT_ACTIVE: 'CONFLICT',
  OBJECTION_ALREADY_RESOLVED: 'CONFLICT',
  ALREADY_SIGNED: 'CONFLICT',
  CONTRACT_REGISTERED: 'CONFLICT',
  CONTRACT_NOT_SIGNED: 'CONFLICT',
  BID_TOO_LOW: 'BAD_USER_INPUT',
  OFF_INCREMENT: 'BAD_USER_INPUT',
  INVALID_AMOUNT: 'BAD_USER_INPUT',
  COUNTER_AMOUNT_REQUIRED: 'BAD_USER_INPUT',
  COUNTER_AMOUNT_NOT_ALLOWED: 'BAD_USER_INPUT',
  INVALID_START_PRICE: 'BAD_USER_INPUT',
  INVALID_INCREMENT: 'BAD_USER_INPUT',
  INVALID_DEPOSIT: 'BAD_USER_INPUT',
  INVALID_TIME_RANGE: 'BAD_USER_INPUT',
  INVALID_EXTENSION: 'BAD_USER_INPUT',
  DURATION_REQUIRED: 'BAD_USER_INPUT',
  DURATION_TOO_LONG: 'BAD_USER_INPUT',
  INVALID_CONTRACT_NUMBER: 'BAD_USER_INPUT',
};
