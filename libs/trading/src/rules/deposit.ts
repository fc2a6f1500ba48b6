import type { DepositStatus, Fen } from './types.js';

/** 保证金 defaults to 10% of the start price. */
export const DEFAULT_DEPOSIT_PERCENT = 10n;

/**
 * The default deposit: 10% of the start price, rounded UP to the next whole fen, so the deposit is
 * never below 10% (start 0.05 yuan = 5 fen → 0.5 fen → 1 fen). Precondition: `startPrice ≥ 0`.
 */
export function defaultDepositFen(startPriceFen: Fen): Fen {
  if (startPriceFen < 0n) throw new RangeError(`start price must not be negative, got ${startPriceFen} fen`);
  return (startPriceFen * DEFAULT_DEPOSIT_PERCENT + 99n) / 100n;
}

/** The deposit a listing asks for: the one given in its terms, else the 10% default. */
export function resolveDepositFen(startPriceFen: Fen, givenFen?: Fen | null): Fen {
  return givenFen ?? defaultDepositFen(startPriceFen);
}

/** A registration as far as its deposit is concerned (one registration per buyer per listing). */
export interface DepositHolder {
  readonly registrationId: string;
  readonly buyerOrgId: string;
  readonly depositFen: Fen;
  readonly depositStatus: DepositStatus;
  /** Whether this bidder placed at least one bid (read only under the forfeit term). */
  readonly placedBid?: boolean;
}

export interface DepositSettlement {
  readonly registrationId: string;
  readonly buyerOrgId: string;
  readonly amountFen: Fen;
  readonly from: DepositStatus;
  readonly to: DepositStatus;
}

/**
 * What happens to every deposit when a trade closes:
 * - PAID, and the buyer is the winner → APPLIED (counted towards the price);
 * - PAID, no bid placed, and the listing's terms say so (`forfeitIfNoBid`) → FORFEITED
 *   (保证金不予退还: whether the trade dealt or failed);
 * - PAID, anyone else (or no winner: a failed trade) → REFUNDED;
 * - PENDING stays PENDING: no money was ever received, so nothing is refunded; the service must
 *   refuse to confirm a deposit once the trade has closed;
 * - REFUNDED / APPLIED / FORFEITED are final and stay as they are, so settling twice changes nothing.
 * Returns one settlement per registration, in input order; `from === to` means no money moves.
 */
export function settleDeposits(
  holders: readonly DepositHolder[],
  winnerOrgId: string | null,
  terms: { readonly forfeitIfNoBid?: boolean } = {},
): DepositSettlement[] {
  const paidTo = (h: DepositHolder): DepositStatus => {
    if (h.buyerOrgId === winnerOrgId) return 'APPLIED';
    return terms.forfeitIfNoBid && !h.placedBid ? 'FORFEITED' : 'REFUNDED';
  };
  return holders.map((h) => {
    const to: DepositStatus = h.depositStatus !== 'PAID' ? h.depositStatus : paidTo(h);
    return {
      registrationId: h.registrationId,
      buyerOrgId: h.buyerOrgId,
      amountFen: h.depositFen,
      from: h.depositStatus,
      to,
    };
  });
}

export interface DepositTotals {
  /** Sum of the deposits that were PAID before settling. */
  readonly paidFen: Fen;
  readonly appliedFen: Fen;
  readonly refundedFen: Fen;
  readonly forfeitedFen: Fen;
}

/** Money moved by a settlement, for a ledger check: `paid = applied + refunded + forfeited`. */
export function depositTotals(settlements: readonly DepositSettlement[]): DepositTotals {
  const sum = (to: DepositStatus) =>
    settlements.filter((s) => s.from === 'PAID' && s.to === to).reduce((a, s) => a + s.amountFen, 0n);
  return {
    paidFen: settlements.filter((s) => s.from === 'PAID').reduce((a, s) => a + s.amountFen, 0n),
    appliedFen: sum('APPLIED'),
    refundedFen: sum('REFUNDED'),
    forfeitedFen: sum('FORFEITED'),
  };
}
