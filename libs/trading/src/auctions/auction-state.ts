import { toFen } from '@techmarket/shared';
import { isReserveMet } from '../rules/index.js';
import type { AuctionState } from './auction-state.model.js';

/** The listing row (with its leader's paddle) as the public auction state: the reserve itself never leaves. */
export interface AuctionRow {
  id: string;
  status: AuctionState['status'];
  startPrice: string;
  increment: string;
  depositAmount: string;
  reservePrice: string | null;
  currentPrice: string | null;
  leadingPaddle: string | null;
  bidCount: number;
  startsAt: Date | string;
  endsAt: Date | string;
  extensionSeconds: number;
  forfeitIfNoBid: boolean;
}

export const auctionStateOf = (r: AuctionRow): AuctionState => ({
  listingId: r.id,
  startPrice: r.startPrice,
  increment: r.increment,
  depositAmount: r.depositAmount,
  hasReserve: r.reservePrice !== null,
  reserveMet: isReserveMet(
    r.currentPrice === null ? null : toFen(r.currentPrice),
    r.reservePrice === null ? null : toFen(r.reservePrice),
  ),
  currentPrice: r.currentPrice,
  leadingPaddle: r.leadingPaddle,
  bidCount: r.bidCount,
  startsAt: new Date(r.startsAt),
  endsAt: new Date(r.endsAt),
  extensionSeconds: r.extensionSeconds,
  forfeitIfNoBid: r.forfeitIfNoBid,
  status: r.status,
});

/** The select list that `auctionStateOf` reads, over `l` (trade_listings) joined to its leader `lr`. */
export const AUCTION_COLUMNS = `l.id, l.status, l.start_price as "startPrice", l.increment, l.deposit_amount as "depositAmount",
  l.reserve_price as "reservePrice", l.current_price as "currentPrice", lr.paddle as "leadingPaddle", l.bid_count as "bidCount",
  l.starts_at as "startsAt", l.ends_at as "endsAt", l.extension_seconds as "extensionSeconds",
  l.forfeit_if_no_bid as "forfeitIfNoBid"`;

export const auctionChannel = (listingId: string) => `auction:${listingId}`;
