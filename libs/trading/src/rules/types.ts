/**
 * Shared vocabulary of the pure trading rules. No framework, no IO, no clock: every time is passed in.
 *
 * - Money is integer fen (分) as `bigint` (1 yuan = 100n); convert at the edge with `toFen` / `fromFen`.
 * - Times are epoch milliseconds (`number`); durations named `...Seconds` are whole seconds.
 * - A rule that can refuse returns `{ ok: true, ... } | { ok: false, reason }`; it never throws for a
 *   domain refusal. It may throw `RangeError` / `TypeError` for a broken precondition (a programming error,
 *   e.g. a zero increment that input validation should already have refused).
 */

/** Integer fen (分), 1/100 yuan. */
export type Fen = bigint;
/** Milliseconds since the Unix epoch. */
export type EpochMs = number;

/** Mirrors `enum TradeStatus` of the GraphQL schema. */
export type TradeStatus = 'SCHEDULED' | 'OPEN' | 'PUBLIC_NOTICE' | 'DEALT' | 'FAILED' | 'CANCELLED';
/** Mirrors `enum DepositStatus`. */
export type DepositStatus = 'PENDING' | 'PAID' | 'REFUNDED' | 'APPLIED' | 'FORFEITED';
/** Mirrors `enum OfferStatus`. */
export type OfferStatus = 'OPEN' | 'ACCEPTED' | 'REJECTED' | 'COUNTERED';
/** Mirrors `enum OfferAction`. */
export type OfferAction = 'ACCEPT' | 'REJECT' | 'COUNTER';
/** Mirrors `enum OrganizationKind`. */
export type OrganizationKind =
  'ENTERPRISE' | 'UNIVERSITY' | 'RESEARCH_INSTITUTE' | 'TRANSFER_INSTITUTION' | 'SERVICE_PROVIDER';

/** A refusal: `reason` is the `extensions.reason` the API reports (see `TRADING_REASON_CODES`). */
export interface Refused<R extends string> {
  readonly ok: false;
  readonly reason: R;
}

export const refuse = <R extends string>(reason: R): Refused<R> => ({ ok: false, reason });

export const MS_PER_SECOND = 1000;
/** Mirrors `enum ContractStatus`. */
export type ContractStatus = 'DRAFT' | 'SIGNED' | 'REGISTERED';
