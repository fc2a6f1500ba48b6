import { Counter, register } from 'prom-client';

/**
 * How bids are decided, on `/metrics`: `path` read (optimistic, on an unlocked read) or lock (after
 * lost races); `outcome` accepted, refused, replay, or lost_race (the lot changed between the read
 * and the write, and the bid was decided again), or waited (accepted on a version of the lot another bid
 * of this process was already writing: decided again on what that write left, without a statement of
 * its own). Many lost races or waits per acceptance mean a hot lot.
 */
export const bidDecisions = new Counter({
  name: 'auction_bid_decisions_total',
  help: 'Bid decisions by path and outcome',
  labelNames: ['path', 'outcome'] as const,
  registers: [register],
});
