import { isOnGrid, nextValidBid } from './increment-grid.js';
import { MS_PER_SECOND, type EpochMs, type Fen, type TradeStatus } from './types.js';

/** What the bid rule needs to know about an auction, read in the same transaction as the bid. */
export interface AuctionSnapshot {
  /** SCHEDULED and OPEN take bids inside the time window; any other status is closed. */
  readonly status: TradeStatus;
  readonly startsAtMs: EpochMs;
  /** The current end, already moved by earlier extensions. */
  readonly endsAtMs: EpochMs;
  readonly startPriceFen: Fen;
  readonly incrementFen: Fen;
  /** Highest accepted bid, null before the first bid. */
  readonly currentPriceFen: Fen | null;
  readonly leadingBidderId: string | null;
  readonly sellerOrgId: string;
  /** 延时周期 in whole seconds; 0 disables anti-sniping. */
  readonly extensionSeconds: number;
}

export interface BidAttempt {
  readonly bidderOrgId: string;
  readonly amountFen: Fen;
  /** The database clock's time of the bid. */
  readonly atMs: EpochMs;
  /** True only when an operator has confirmed this bidder's deposit (status PAID). */
  readonly depositPaid: boolean;
}

export type BidRefusalReason =
  | 'OWN_LISTING'
  | 'AUCTION_NOT_OPEN'
  | 'AUCTION_CLOSED'
  | 'DEPOSIT_REQUIRED'
  | 'ALREADY_LEADING'
  | 'OFF_INCREMENT'
  | 'BID_TOO_LOW';

export interface BidAccepted {
  readonly ok: true;
  /** The new current price: the bid amount. */
  readonly priceFen: Fen;
  readonly leadingBidderId: string;
  /** The end after anti-sniping; equal to the old end when the bid came early enough. */
  readonly endsAtMs: EpochMs;
  readonly extended: boolean;
  /** The lowest amount the next bid may be. */
  readonly nextMinimumFen: Fen;
}

export interface BidRefused {
  readonly ok: false;
  readonly reason: BidRefusalReason;
  /** For OFF_INCREMENT and BID_TOO_LOW: the lowest amount that would have been accepted. */
  readonly minimumFen?: Fen;
}

export type BidDecision = BidAccepted | BidRefused;

const CLOSED_STATUSES: readonly TradeStatus[] = ['PUBLIC_NOTICE', 'DEALT', 'FAILED', 'CANCELLED'];

/**
 * Decides one bid of an English ascending auction. Checks, first failure wins:
 * 1. OWN_LISTING: the seller's organization never bids on its own listing.
 * 2. AUCTION_CLOSED when the status is closed (PUBLIC_NOTICE, DEALT, FAILED, CANCELLED);
 *    otherwise time decides, over the half-open window [startsAt, endsAt):
 *    before startsAt → AUCTION_NOT_OPEN; at or after endsAt → AUCTION_CLOSED (a bid at exactly the end
 *    is late). SCHEDULED with the start passed takes bids: the clock, not the scheduler's tick, opens it.
 * 3. DEPOSIT_REQUIRED unless the bidder's deposit is PAID.
 * 4. ALREADY_LEADING: the leading bidder cannot outbid itself.
 * 5. BID_TOO_LOW below the start price (so a first bid under 起拍价 reads "too low", not "off grid");
 *    OFF_INCREMENT when not start + k × increment; BID_TOO_LOW below current + increment.
 * Accepted: the end moves to max(end, bid time + extensionSeconds), i.e. a bid in the last
 * `extensionSeconds` pushes the end to bid time + extensionSeconds and never pulls it earlier.
 */
export function validateBid(auction: AuctionSnapshot, bid: BidAttempt): BidDecision {
  if (bid.bidderOrgId === auction.sellerOrgId) return { ok: false, reason: 'OWN_LISTING' };
  if (CLOSED_STATUSES.includes(auction.status)) return { ok: false, reason: 'AUCTION_CLOSED' };
  if (bid.atMs < auction.startsAtMs) return { ok: false, reason: 'AUCTION_NOT_OPEN' };
  if (bid.atMs >= auction.endsAtMs) return { ok: false, reason: 'AUCTION_CLOSED' };
  if (!bid.depositPaid) return { ok: false, reason: 'DEPOSIT_REQUIRED' };
  if (auction.leadingBidderId !== null && bid.bidderOrgId === auction.leadingBidderId) {
    return { ok: false, reason: 'ALREADY_LEADING' };
  }
  const { startPriceFen: start, incrementFen: inc } = auction;
  const minimumFen = nextValidBid(start, inc, auction.currentPriceFen);
  if (bid.amountFen < start) return { ok: false, reason: 'BID_TOO_LOW', minimumFen };
  if (!isOnGrid(start, inc, bid.amountFen)) return { ok: false, reason: 'OFF_INCREMENT', minimumFen };
  if (bid.amountFen < minimumFen) return { ok: false, reason: 'BID_TOO_LOW', minimumFen };

  const endsAtMs = Math.max(auction.endsAtMs, bid.atMs + auction.extensionSeconds * MS_PER_SECOND);
  return {
    ok: true,
    priceFen: bid.amountFen,
    leadingBidderId: bid.bidderOrgId,
    endsAtMs,
    extended: endsAtMs > auction.endsAtMs,
    nextMinimumFen: nextValidBid(start, inc, bid.amountFen),
  };
}
