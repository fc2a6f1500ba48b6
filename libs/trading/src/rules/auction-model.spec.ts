// Model test: random interleavings of bids, extensions and the close, run through the rules, against
// an independent oracle of what the auction must accept, with the invariants of an English auction.
import fc from 'fast-check';
import { validateBid, type AuctionSnapshot } from './auction-bid.js';
import { closeAuction, type AuctionOutcome } from './auction-outcome.js';
import { depositTotals, type DepositHolder } from './deposit.js';
import { isOnGrid } from './increment-grid.js';
import { T0, newAuction, newHolder } from './rules.fixtures.js';

const BIDDERS = ['a', 'b', 'c', 'd'] as const;
const MINUTE = 60_000;

const scenario = fc.record({
  startPriceFen: fc.bigInt(1n, 10n ** 9n),
  incrementFen: fc.bigInt(1n, 10n ** 7n),
  reserveSteps: fc.option(fc.integer({ min: 0, max: 12 })),
  durationMin: fc.integer({ min: 1, max: 30 }),
  extensionSeconds: fc.integer({ min: 0, max: 600 }),
  paid: fc.record({
    a: fc.constant(true),
    b: fc.boolean(),
    c: fc.boolean(),
    d: fc.constantFrom(true, true, false),
  }),
  events: fc.array(
    fc.record({
      bidder: fc.constantFrom<string>(...BIDDERS, 'seller'),
      dtMs: fc.integer({ min: 0, max: 3 * MINUTE }),
      raise: fc.integer({ min: -1, max: 3 }), // increments above the minimum; -1 is one below
      offset: fc.constantFrom(0n, 0n, 0n, 1n), // now and then off the grid
    }),
    { minLength: 5, maxLength: 40 },
  ),
});

describe('auction model', () => {
  it('keeps an English auction’s invariants under any interleaving', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const start = s.startPriceFen;
        const inc = s.incrementFen;
        const reserve = s.reserveSteps === null ? null : start + BigInt(s.reserveSteps) * inc;
        const registrations: DepositHolder[] = BIDDERS.map((b) =>
          newHolder({
            buyerOrgId: b,
            depositFen: start / 10n + 1n,
            depositStatus: s.paid[b] ? 'PAID' : 'PENDING',
          }),
        );
        let auction: AuctionSnapshot = newAuction({
          startsAtMs: T0,
          endsAtMs: T0 + s.durationMin * MINUTE,
          startPriceFen: start,
          incrementFen: inc,
          extensionSeconds: s.extensionSeconds,
        });
        const accepted: { bidder: string; amount: bigint; at: number }[] = [];
        let outcome: AuctionOutcome | null = null;
        const close = () => {
          expect(outcome).toBeNull(); // the close happens once
          const highestBid =
            auction.leadingBidderId === null
              ? null
              : { bidderOrgId: auction.leadingBidderId, amountFen: auction.currentPriceFen! };
          outcome = closeAuction({ highestBid, reservePriceFen: reserve, registrations });
          auction = { ...auction, status: outcome.outcome };
        };

        let at = T0 - 2 * MINUTE; // some bids come before the start
        for (const e of s.events) {
          at += e.dtMs;
          if (outcome === null && at >= auction.endsAtMs) close();
          const minimum = auction.currentPriceFen === null ? start : auction.currentPriceFen + inc;
          const amount = minimum + BigInt(e.raise) * inc + e.offset;
          const paid = e.bidder !== 'seller' && s.paid[e.bidder as (typeof BIDDERS)[number]];
          const r = validateBid(auction, {
            bidderOrgId: e.bidder,
            amountFen: amount,
            atMs: at,
            depositPaid: paid,
          });

          // Oracle, written independently of the rule's order of checks.
          const shouldAccept =
            e.bidder !== 'seller' &&
            outcome === null &&
            at >= T0 &&
            at < auction.endsAtMs &&
            paid &&
            e.bidder !== auction.leadingBidderId &&
            amount >= minimum &&
            (amount - start) % inc === 0n;
          expect(r.ok).toBe(shouldAccept);
          if (e.bidder !== 'seller' && at >= auction.endsAtMs)
            expect(r).toMatchObject({ reason: 'AUCTION_CLOSED' });
          if (!r.ok) continue;

          expect(isOnGrid(start, inc, r.priceFen)).toBe(true);
          const last = accepted.at(-1);
          if (last) expect(r.priceFen > last.amount).toBe(true);
          expect(r.endsAtMs).toBe(Math.max(auction.endsAtMs, at + s.extensionSeconds * 1000));
          accepted.push({ bidder: e.bidder, amount: r.priceFen, at });
          auction = {
            ...auction,
            currentPriceFen: r.priceFen,
            leadingBidderId: r.leadingBidderId,
            endsAtMs: r.endsAtMs,
          };
        }
        if (outcome === null) close();
        const final = outcome as unknown as AuctionOutcome;

        // Every accepted bid came before the end in force at its time, hence before the final end.
        for (const b of accepted) expect(b.at).toBeLessThan(auction.endsAtMs);
        const highest = accepted.at(-1) ?? null;
        const dealt = highest !== null && (reserve === null || highest.amount >= reserve);
        expect(final.outcome).toBe(dealt ? 'DEALT' : 'FAILED');
        if (final.outcome === 'DEALT') {
          expect(final.winnerOrgId).toBe(highest!.bidder);
          expect(final.priceFen).toBe(accepted.reduce((m, b) => (b.amount > m ? b.amount : m), 0n));
        } else {
          expect(final.reason).toBe(highest === null ? 'NO_BIDS' : 'RESERVE_NOT_MET');
        }
        const t = depositTotals(final.settlements);
        expect(t.appliedFen + t.refundedFen + t.forfeitedFen).toBe(t.paidFen);
        expect(t.paidFen).toBe(
          registrations.filter((r) => r.depositStatus === 'PAID').reduce((sum, r) => sum + r.depositFen, 0n),
        );
      }),
      { numRuns: 300 },
    );
  });
});
