// Test data factories for the rule specs (not exported from index.ts).
import type { AuctionSnapshot, BidAttempt } from './auction-bid.js';
import type { DepositHolder } from './deposit.js';

export const T0 = Date.UTC(2026, 2, 1, 2, 0, 0); // 2026-03-01 10:00 Beijing
export const HOUR = 3_600_000;
export const yuan = (n: number | bigint): bigint => BigInt(n) * 100n;

/** An open auction: start 100,000 yuan, increment 5,000, from T0 for one hour, extension 300 s. */
export const newAuction = (over: Partial<AuctionSnapshot> = {}): AuctionSnapshot => ({
  status: 'OPEN',
  startsAtMs: T0,
  endsAtMs: T0 + HOUR,
  startPriceFen: yuan(100_000),
  incrementFen: yuan(5_000),
  currentPriceFen: null,
  leadingBidderId: null,
  sellerOrgId: 'seller',
  extensionSeconds: 300,
  ...over,
});

export const newBid = (over: Partial<BidAttempt> = {}): BidAttempt => ({
  bidderOrgId: 'buyer-a',
  amountFen: yuan(100_000),
  atMs: T0 + 60_000,
  depositPaid: true,
  ...over,
});

export const newHolder = (over: Partial<DepositHolder> = {}): DepositHolder => ({
  registrationId: `reg-${over.buyerOrgId ?? 'buyer-a'}`,
  buyerOrgId: 'buyer-a',
  depositFen: yuan(10_000),
  depositStatus: 'PAID',
  ...over,
});
