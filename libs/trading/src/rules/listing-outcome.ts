import { settleDeposits, type DepositHolder, type DepositSettlement } from './deposit.js';
import { MS_PER_SECOND, type EpochMs, type Fen } from './types.js';

export interface ListingCloseInput {
  /** 挂牌价, the posted price. */
  readonly listPriceFen: Fen;
  /** Every intent (意向受让方 registration) with its deposit. */
  readonly intents: readonly DepositHolder[];
  /** The end of the listing period as the database clock saw it. */
  readonly nowMs: EpochMs;
  /** `durationSeconds` of the auction terms a LISTING carries (whole, > 0). */
  readonly auctionDurationSeconds: number;
}

export interface ListingFailed {
  readonly outcome: 'FAILED';
  readonly reason: 'NO_PAID_INTENT';
  /** No PAID deposit exists; PENDING ones stay PENDING. */
  readonly settlements: readonly DepositSettlement[];
}

export interface ListingDealt {
  readonly outcome: 'DEALT';
  readonly buyerOrgId: string;
  readonly registrationId: string;
  readonly priceFen: Fen;
  readonly depositAppliedFen: Fen;
  readonly balanceDueFen: Fen;
  readonly settlements: readonly DepositSettlement[];
}

export interface ListingConvertedToAuction {
  /** The listing's `currentMode` becomes AUCTION at once; deposits stay PAID and carry over. */
  readonly outcome: 'CONVERT_TO_AUCTION';
  readonly startPriceFen: Fen;
  readonly startsAtMs: EpochMs;
  readonly endsAtMs: EpochMs;
  /** The only registrations that may bid: exactly the paid ones. */
  readonly bidderRegistrationIds: readonly string[];
  readonly bidderOrgIds: readonly string[];
}

export type ListingOutcome = ListingFailed | ListingDealt | ListingConvertedToAuction;

/**
 * The end of a 挂牌 listing period, counting intents whose deposit is PAID (one per buyer):
 * none → FAILED; exactly one → a deal with that buyer at the posted price (its deposit APPLIED);
 * two or more → an auction among exactly those buyers, starting now at the posted price and ending
 * `auctionDurationSeconds` later. Unpaid (PENDING) intents take no part in any outcome.
 */
export function closeListing(input: ListingCloseInput): ListingOutcome {
  const { listPriceFen, intents, nowMs, auctionDurationSeconds } = input;
  const paid = intents.filter((i) => i.depositStatus === 'PAID');
  const buyers = [...new Set(paid.map((i) => i.buyerOrgId))];

  if (buyers.length === 0) {
    return { outcome: 'FAILED', reason: 'NO_PAID_INTENT', settlements: settleDeposits(intents, null) };
  }
  if (buyers.length === 1) {
    const winner = paid[0]!;
    const settlements = settleDeposits(intents, winner.buyerOrgId);
    const depositAppliedFen = settlements
      .filter((s) => s.to === 'APPLIED' && s.from === 'PAID')
      .reduce((sum, s) => sum + s.amountFen, 0n);
    return {
      outcome: 'DEALT',
      buyerOrgId: winner.buyerOrgId,
      registrationId: winner.registrationId,
      priceFen: listPriceFen,
      depositAppliedFen,
      balanceDueFen: listPriceFen - depositAppliedFen,
      settlements,
    };
  }
  if (!Number.isSafeInteger(auctionDurationSeconds) || auctionDurationSeconds <= 0) {
    throw new RangeError(`a LISTING needs a positive auction duration, got ${auctionDurationSeconds}`);
  }
  return {
    outcome: 'CONVERT_TO_AUCTION',
    startPriceFen: listPriceFen,
    startsAtMs: nowMs,
    endsAtMs: nowMs + auctionDurationSeconds * MS_PER_SECOND,
    bidderRegistrationIds: paid.map((i) => i.registrationId),
    bidderOrgIds: buyers,
  };
}

type Mode = 'NEGOTIATED' | 'LISTING' | 'AUCTION';

/**
 * Whether a listing still takes registrations and deposit confirmations (while open, before its end).
 * Never once a 挂牌 listing has turned into an auction: that auction is among the buyers whose deposit
 * was paid when the listing period ended, so a newcomer, or an intent confirmed late, could otherwise
 * join it and bid.
 */
export const takesIntents = (mode: Mode, currentMode: Mode): boolean =>
  !(mode === 'LISTING' && currentMode === 'AUCTION');
