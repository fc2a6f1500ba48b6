/** data/demo/trade.json: one trade in each mode and a challenge with proposals, named by titles and organizations. */
export interface DemoTradePlan {
  auction: {
    achievement: string;
    terms: string;
    endsInDays: number;
    startPrice: string;
    increment: string;
    depositAmount: string;
    bidders: string[];
    bids: Array<{ bidder: string; amount: string }>;
  };
  listing: {
    achievement: string;
    terms: string;
    endsInDays: number;
    listPrice: string;
    increment: string;
    auctionDurationSeconds: number;
    intents: string[];
  };
  negotiation: {
    achievement: string;
    terms: string;
    endsInDays: number;
    listPrice: string;
    buyer: string;
    offer: { amount: string; message: string };
    counter: string;
  };
  challenge: {
    need: string;
    proposals: Array<{
      solver: string;
      summary: string;
      price: string;
      durationDays: number;
      experts: string[];
    }>;
  };
}

const DAY_MS = 24 * 3600 * 1000;

/** The end of a demo trade: whole days after the moment the demo is loaded, so it is always days away. */
export const daysAfter = (now: Date, days: number): Date => new Date(now.getTime() + days * DAY_MS);

/**
 * The plan's own consistency, before anything is written: every organization named is a demo one,
 * each trade runs for at least a day, bidders bid only after registering, never twice in a row
 * (the leader cannot outbid itself), and no intent or proposal is listed twice.
 */
export function checkTradePlan(plan: DemoTradePlan, organizations: readonly string[]): void {
  const known = new Set(organizations);
  const named = [
    ...plan.auction.bidders,
    ...plan.auction.bids.map((b) => b.bidder),
    ...plan.listing.intents,
    plan.negotiation.buyer,
    ...plan.challenge.proposals.map((p) => p.solver),
  ];
  const unknown = named.find((n) => !known.has(n));
  if (unknown !== undefined) throw new Error(`trade.json: unknown organization ${unknown}`);
  for (const [mode, days] of [
    ['auction', plan.auction.endsInDays],
    ['listing', plan.listing.endsInDays],
    ['negotiation', plan.negotiation.endsInDays],
  ] as const)
    if (!(days >= 1)) throw new Error(`trade.json: the ${mode} must run at least a day, not ${days}`);
  const registered = new Set(plan.auction.bidders);
  if (registered.size < 2) throw new Error('trade.json: an auction needs two or more bidders');
  plan.auction.bids.forEach((bid, i) => {
    if (!registered.has(bid.bidder))
      throw new Error(`trade.json: ${bid.bidder} bids without registering for the auction`);
    if (i > 0 && plan.auction.bids[i - 1].bidder === bid.bidder)
      throw new Error(`trade.json: ${bid.bidder} bids twice in a row (it already leads)`);
  });
  if (new Set(plan.listing.intents).size !== plan.listing.intents.length)
    throw new Error('trade.json: an organization registers one intent');
  const solvers = plan.challenge.proposals.map((p) => p.solver);
  if (new Set(solvers).size !== solvers.length) throw new Error('trade.json: one proposal per solver');
}
