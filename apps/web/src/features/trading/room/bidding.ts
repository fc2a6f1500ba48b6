// Pure rules of the auction room, in fen: the valid amounts to offer, the check before sending (the
// server checks the same), extensions of the end time, and the bid log kept live.
import { fenToYuan, isYuan, nextValidBids, yuanToFen, type Yuan } from '../../../shared/money';

export interface AuctionTerms {
  startPrice: Yuan;
  increment: Yuan;
  currentPrice?: Yuan | null;
}

/** The next `count` amounts the server accepts: the start price first when nobody has bid. */
export function bidChoices(a: AuctionTerms, count = 3): Yuan[] {
  if (a.currentPrice) return nextValidBids(a.currentPrice, a.increment, count);
  const start = yuanToFen(a.startPrice);
  return [fenToYuan(start), ...nextValidBids(fenToYuan(start), a.increment, count - 1)].slice(0, count);
}

/**
 * Why the server would refuse `amount` (its extensions.reason), or null when it is a valid next bid:
 * not money → INVALID_MONEY; under the next valid amount → BID_TOO_LOW; off the start + n × increment grid → OFF_INCREMENT.
 */
export function bidProblem(
  amount: string,
  a: AuctionTerms,
): 'INVALID_MONEY' | 'BID_TOO_LOW' | 'OFF_INCREMENT' | null {
  if (!isYuan(amount)) return 'INVALID_MONEY';
  const fen = yuanToFen(amount);
  if (fen <= 0n) return 'INVALID_MONEY';
  if (fen < yuanToFen(bidChoices(a, 1)[0]!)) return 'BID_TOO_LOW';
  if ((fen - yuanToFen(a.startPrice)) % yuanToFen(a.increment) !== 0n) return 'OFF_INCREMENT';
  return null;
}

/** The new end when `next` moves the end past `previous` (an anti-sniping extension), else null. */
export function extendedEnd(previous: string | null | undefined, next: string): string | null {
  if (!previous) return null;
  return new Date(next).getTime() > new Date(previous).getTime() ? next : null;
}

export interface LoggedBid {
  id: string;
  paddle: string;
  amount: Yuan;
  createdAt: string;
}

/** The bid log with `incoming` merged in: each bid once (by id), newest (highest) first, at most `limit`. */
export function mergeBids(
  log: readonly LoggedBid[],
  incoming: readonly LoggedBid[],
  limit = 50,
): LoggedBid[] {
  const byId = new Map<string, LoggedBid>();
  for (const b of [...log, ...incoming]) byId.set(b.id, b);
  return [...byId.values()]
    .sort((x, y) => {
      const d = yuanToFen(y.amount) - yuanToFen(x.amount);
      return d !== 0n ? (d > 0n ? 1 : -1) : new Date(y.createdAt).getTime() - new Date(x.createdAt).getTime();
    })
    .slice(0, limit);
}

interface StateLike {
  status: string;
  bidCount: number;
}

/** The newer of the state the query read and the last one pushed live (a refetch after the close may be newer). */
export function latestState<T extends StateLike>(read: T, pushed: T | null): T {
  if (!pushed) return read;
  if (read.bidCount > pushed.bidCount) return read;
  const closed = (s: StateLike) => s.status !== 'OPEN' && s.status !== 'SCHEDULED';
  return closed(read) && !closed(pushed) ? read : pushed;
}
