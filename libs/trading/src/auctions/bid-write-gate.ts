import type { BidSnapshot } from './bid-store.js';

/**
 * One bid write per lot version at a time from this process. A bid accepted on version v of a lot is
 * written on condition that the lot is still v. While one such write from this process is under way,
 * every other bid accepted on v is doomed whichever way it ends: it moves the lot past v, or it fails
 * because something else already did. Those bids wait for it and are decided again on the lot it
 * leaves, instead of each sending a statement that cannot apply (on a hot lot, a dozen per accepted
 * bid). Correctness never rests on the gate: the database's condition does, across processes too.
 *
 * `S` is what a waiter learns: the lot as the write left it, or `undefined` when the write could not
 * tell (it failed, or lost its own race), and the waiter must read the lot afresh.
 */
export class BidWriteGate<S> {
  private readonly writes = new Map<string, { bidder: string; after: Promise<S | undefined> }>();

  /**
   * The outcome of a write on this version of the lot under way in this process for another bidder
   * (a bidder is an organization and idempotency key), or undefined when there is none. The same bidder's
   * concurrent replay is never told to wait: its answer is its own bid, which only the database knows.
   */
  inFlight(listingId: string, version: string, bidder: string): Promise<S | undefined> | undefined {
    const write = this.writes.get(`${listingId}@${version}`);
    return write && write.bidder !== bidder ? write.after : undefined;
  }

  /**
   * Runs `write` as the write on this version of the lot; what `after` makes of its result reaches the
   * bids waiting for it. A write's failure is its own caller's; waiters just read afresh.
   */
  async run<T>(
    listingId: string,
    version: string,
    bidder: string,
    write: () => Promise<T>,
    after: (result: T) => S | undefined,
  ): Promise<T> {
    const key = `${listingId}@${version}`;
    if (this.writes.has(key)) return write(); // the same bidder's replay, racing itself: the database decides
    let settle: (lot: S | undefined) => void = () => undefined;
    const entry = { bidder, after: new Promise<S | undefined>((resolve) => (settle = resolve)) };
    this.writes.set(key, entry);
    try {
      const result = await write();
      let lot: S | undefined;
      try {
        lot = after(result);
      } finally {
        settle(lot);
      }
      return result;
    } catch (err) {
      settle(undefined);
      throw err;
    } finally {
      this.writes.delete(key);
    }
  }

  /** Writes under way (for tests and metrics). */
  get size(): number {
    return this.writes.size;
  }
}

/**
 * The lot as another bidder's stored bid left it, seen by the bidder of `own`, which read the version
 * that bid was written on: the lot's fields from `lot`, the bidder's registration from its own read,
 * and no earlier bid under its key: it had none at its read, and every bid moves the lot's version, so
 * the only bid stored in between is that other bidder's. At the later of the two clocks.
 */
export function asSeenBy(lot: BidSnapshot, own: BidSnapshot): BidSnapshot {
  return {
    ...lot,
    registrationId: own.registrationId,
    paddle: own.paddle,
    depositStatus: own.depositStatus,
    priorId: null,
    priorPaddle: null,
    priorAmount: null,
    priorCreatedAt: null,
    now: lot.now > own.now ? lot.now : own.now,
  };
}
