// The bidders of the auction benchmark: one closed loop per bidder over placeBid, each bidding the next
// valid amount it knows of (its last acceptance + increment, or the `minimum` a refusal reports) under a
// fresh idempotency key, bidder i through API process i mod apis. Attempts started inside the measured
// window are counted; earlier ones warm up.
import { performance } from 'node:perf_hooks';
import type { AuctionPlatform } from './auction-platform.js';
import type { Lot } from './auction-setup.js';

export const BID = `mutation($l: ID!, $a: Money!, $k: String!) { placeBid(listingId: $l, amount: $a, idempotencyKey: $k) { id amount } }`;

export interface AcceptedBid {
  bidder: number;
  key: string;
  amount: number;
  id: string;
}

export interface LoadResult {
  seconds: number;
  attempts: number;
  accepted: number;
  /** Refusals by reason (the error's `reason`, else its code; HTTP for a failed request). */
  refused: Record<string, number>;
  latenciesMs: number[];
  /** The same latencies split by outcome: ACCEPTED, or REFUSED (any refusal or failure). */
  latenciesByOutcome: { ACCEPTED: number[]; REFUSED: number[] };
  /** Every accepted bid, warm-up included, for the replay check. */
  bids: AcceptedBid[];
}

export async function runBidders(
  p: AuctionPlatform,
  lot: Lot,
  warmupSeconds: number,
  seconds: number,
): Promise<LoadResult> {
  const measureFrom = performance.now() + warmupSeconds * 1000;
  const until = measureFrom + seconds * 1000;
  const out: LoadResult = {
    seconds,
    attempts: 0,
    accepted: 0,
    refused: {},
    latenciesMs: [],
    latenciesByOutcome: { ACCEPTED: [], REFUSED: [] },
    bids: [],
  };
  const bidder = async (i: number) => {
    const { token } = lot.bidders[i];
    let next = lot.startPrice;
    for (let seq = 0; ; seq++) {
      const t0 = performance.now();
      if (t0 >= until) return;
      const key = `b${i}-${seq}`;
      let outcome: string;
      try {
        const body = await p.post(BID, { l: lot.listingId, a: String(next), k: key }, token, i % p.apis);
        const bid = body.data?.placeBid as { id: string; amount: string } | undefined;
        if (bid) {
          out.bids.push({ bidder: i, key, amount: next, id: bid.id });
          next += lot.increment; // leading now: tried again, it is ALREADY_LEADING until someone outbids
          outcome = 'ACCEPTED';
        } else {
          const ext = body.errors?.[0]?.extensions ?? {};
          outcome = String(ext.reason ?? ext.code ?? 'UNKNOWN');
          if (ext.minimum !== undefined) next = Number(ext.minimum);
        }
      } catch {
        outcome = 'HTTP';
      }
      if (t0 < measureFrom) continue;
      const ms = performance.now() - t0;
      out.latenciesMs.push(ms);
      out.latenciesByOutcome[outcome === 'ACCEPTED' ? 'ACCEPTED' : 'REFUSED'].push(ms);
      out.attempts += 1;
      if (outcome === 'ACCEPTED') out.accepted += 1;
      else out.refused[outcome] = (out.refused[outcome] ?? 0) + 1;
    }
  };
  await Promise.all(lot.bidders.map((_, i) => bidder(i)));
  return out;
}

export const quantile = (sorted: readonly number[], q: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : NaN;
