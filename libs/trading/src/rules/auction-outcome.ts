import { settleDeposits, type DepositHolder, type DepositSettlement } from './deposit.js';
import type { Fen } from './types.js';

/** The highest accepted bid (the auction's current price and leading bidder). */
export interface WinningBid {
  readonly bidderOrgId: string;
  readonly amountFen: Fen;
}

export interface AuctionCloseInput {
  /** null when no bid was accepted. */
  readonly highestBid: WinningBid | null;
  /** 保留价, hidden from bidders; null or absent: no reserve. */
  readonly reservePriceFen?: Fen | null;
  /** Every registration of the auction with its deposit (and, for the forfeit term, whether it bid). */
  readonly registrations: readonly DepositHolder[];
  /** The listing's term: a paid bidder that never bid forfeits its deposit. */
  readonly forfeitIfNoBid?: boolean;
}

export interface AuctionDealt {
  readonly outcome: 'DEALT';
  readonly winnerOrgId: string;
  readonly priceFen: Fen;
  /** The winner's deposit applied to the price (0 if, against the bid rule, it was not PAID). */
  readonly depositAppliedFen: Fen;
  /** price − applied deposit; negative only when a deposit larger than the price was set. */
  readonly balanceDueFen: Fen;
  readonly settlements: readonly DepositSettlement[];
}

export interface AuctionFailed {
  /** 流拍 */
  readonly outcome: 'FAILED';
  readonly reason: 'NO_BIDS' | 'RESERVE_NOT_MET';
  readonly settlements: readonly DepositSettlement[];
}

export type AuctionOutcome = AuctionDealt | AuctionFailed;

/** The reserve is met when there is no reserve or the highest bid is at least the reserve. */
export const isReserveMet = (priceFen: Fen | null, reservePriceFen: Fen | null | undefined): boolean =>
  priceFen !== null && (reservePriceFen == null || priceFen >= reservePriceFen);

/**
 * Closes an auction at its (extended) end: the highest bid at or above the reserve is a deal with
 * that bidder at that price; otherwise FAILED (流拍) with NO_BIDS or RESERVE_NOT_MET.
 * Deposits (see `settleDeposits`): the winner's PAID deposit is APPLIED, every other PAID one REFUNDED
 * (all of them on failure), or FORFEITED under the forfeit term when that bidder never bid; PENDING
 * deposits stay PENDING; settled ones are left as they are.
 */
export function closeAuction(input: AuctionCloseInput): AuctionOutcome {
  const { highestBid, reservePriceFen, registrations } = input;
  const terms = { forfeitIfNoBid: input.forfeitIfNoBid ?? false };
  if (highestBid === null) {
    return { outcome: 'FAILED', reason: 'NO_BIDS', settlements: settleDeposits(registrations, null, terms) };
  }
  if (!isReserveMet(highestBid.amountFen, reservePriceFen)) {
    return {
      outcome: 'FAILED',
      reason: 'RESERVE_NOT_MET',
      settlements: settleDeposits(registrations, null, terms),
    };
  }
  const settlements = settleDeposits(registrations, highestBid.bidderOrgId, terms);
  const depositAppliedFen = settlements
    .filter((s) => s.from === 'PAID' && s.to === 'APPLIED')
    .reduce((sum, s) => sum + s.amountFen, 0n);
  return {
    outcome: 'DEALT',
    winnerOrgId: highestBid.bidderOrgId,
    priceFen: highestBid.amountFen,
    depositAppliedFen,
    balanceDueFen: highestBid.amountFen - depositAppliedFen,
    settlements,
  };
}
