import fc from 'fast-check';
import { validateBid } from './auction-bid.js';
import { isOnGrid } from './increment-grid.js';
import { HOUR, T0, newAuction, newBid, yuan } from './rules.fixtures.js';

const END = T0 + HOUR;
const withLead = newAuction({ currentPriceFen: yuan(110_000), leadingBidderId: 'buyer-b' });

describe('validateBid: refusals, first failing check wins', () => {
  it.each([
    ['the seller bids', newAuction(), { bidderOrgId: 'seller' }, 'OWN_LISTING'],
    [
      'the seller bids on a closed auction',
      newAuction({ status: 'DEALT' }),
      { bidderOrgId: 'seller' },
      'OWN_LISTING',
    ],
    ['before the start', newAuction(), { atMs: T0 - 1 }, 'AUCTION_NOT_OPEN'],
    [
      'SCHEDULED and before the start',
      newAuction({ status: 'SCHEDULED' }),
      { atMs: T0 - 1 },
      'AUCTION_NOT_OPEN',
    ],
    ['exactly at the end', newAuction(), { atMs: END }, 'AUCTION_CLOSED'],
    ['after the end', newAuction(), { atMs: END + 1 }, 'AUCTION_CLOSED'],
    ['cancelled, inside the window', newAuction({ status: 'CANCELLED' }), {}, 'AUCTION_CLOSED'],
    ['failed, inside the window', newAuction({ status: 'FAILED' }), {}, 'AUCTION_CLOSED'],
    ['closed beats an unpaid deposit', newAuction(), { atMs: END, depositPaid: false }, 'AUCTION_CLOSED'],
    ['deposit not paid', newAuction(), { depositPaid: false }, 'DEPOSIT_REQUIRED'],
    [
      'the leader bids again',
      withLead,
      { bidderOrgId: 'buyer-b', amountFen: yuan(200_000) },
      'ALREADY_LEADING',
    ],
    ['below the start price', newAuction(), { amountFen: yuan(95_000) }, 'BID_TOO_LOW'],
    ['first bid off the grid', newAuction(), { amountFen: yuan(102_500) }, 'OFF_INCREMENT'],
    ['later bid off the grid', withLead, { amountFen: yuan(117_000) }, 'OFF_INCREMENT'],
    ['equal to the current price', withLead, { amountFen: yuan(110_000) }, 'BID_TOO_LOW'],
    ['on the grid but below current + increment', withLead, { amountFen: yuan(105_000) }, 'BID_TOO_LOW'],
  ] as const)('%s → %s', (_name, auction, bid, reason) => {
    expect(validateBid(auction, newBid(bid))).toMatchObject({ ok: false, reason });
  });

  it('tells the lowest acceptable amount with BID_TOO_LOW and OFF_INCREMENT', () => {
    expect(validateBid(withLead, newBid({ amountFen: yuan(110_000) }))).toEqual({
      ok: false,
      reason: 'BID_TOO_LOW',
      minimumFen: yuan(115_000),
    });
    expect(validateBid(newAuction(), newBid({ amountFen: yuan(101_000) }))).toMatchObject({
      minimumFen: yuan(100_000),
    });
  });
});

describe('validateBid: acceptance', () => {
  it.each([
    ['a first bid at the start price, at the start instant', newAuction(), { atMs: T0 }],
    ['a first bid several increments up', newAuction(), { amountFen: yuan(120_000) }],
    ['a SCHEDULED auction once its start has passed', newAuction({ status: 'SCHEDULED' }), {}],
    ['current + one increment by another bidder', withLead, { amountFen: yuan(115_000) }],
    ['one millisecond before the end', withLead, { amountFen: yuan(115_000), atMs: END - 1 }],
  ] as const)('accepts %s', (_name, auction, bid) => {
    const b = newBid(bid);
    expect(validateBid(auction, b)).toMatchObject({
      ok: true,
      priceFen: b.amountFen,
      leadingBidderId: b.bidderOrgId,
    });
  });

  it('reports the next minimum', () => {
    expect(validateBid(withLead, newBid({ amountFen: yuan(130_000) }))).toMatchObject({
      nextMinimumFen: yuan(135_000),
    });
  });
});

describe('validateBid: anti-sniping (延时周期)', () => {
  it.each([
    ['well before the window', END - 10 * 60_000, 300, END, false],
    ['one ms before the window', END - 300_001, 300, END, false],
    ['exactly at the window start: bid + 300 s is the end itself', END - 300_000, 300, END, false],
    ['inside the window', END - 120_000, 300, END + 180_000, true],
    ['in the last millisecond', END - 1, 300, END + 299_999, true],
    ['extension 0 never extends', END - 1, 0, END, false],
    ['a longer window', END - 500_000, 600, END + 100_000, true],
  ])('%s', (_name, atMs, extensionSeconds, endsAtMs, extended) => {
    const r = validateBid(newAuction({ extensionSeconds }), newBid({ atMs }));
    expect(r).toMatchObject({ ok: true, endsAtMs, extended });
  });

  it('accepted bids are on the grid, above the current price, before the end, and never pull the end in', () => {
    const arb = fc.record({
      k: fc.option(fc.integer({ min: 0, max: 50 })),
      amountFen: fc.bigInt(0n, yuan(500_000)),
      atMs: fc.integer({ min: T0 - HOUR, max: END + HOUR }),
      endsAtMs: fc.integer({ min: T0 + 1, max: END + HOUR }),
      extensionSeconds: fc.integer({ min: 0, max: 3600 }),
      leader: fc.constantFrom(null, 'buyer-a', 'buyer-b'),
    });
    fc.assert(
      fc.property(arb, ({ k, amountFen, atMs, endsAtMs, extensionSeconds, leader }) => {
        const base = newAuction({ endsAtMs, extensionSeconds });
        const current = k === null ? null : base.startPriceFen + BigInt(k) * base.incrementFen;
        const auction = {
          ...base,
          currentPriceFen: current,
          leadingBidderId: current === null ? null : (leader ?? 'x'),
        };
        const r = validateBid(auction, newBid({ amountFen, atMs }));
        if (!r.ok) return;
        expect(isOnGrid(auction.startPriceFen, auction.incrementFen, r.priceFen)).toBe(true);
        expect(current === null ? r.priceFen >= auction.startPriceFen : r.priceFen > current).toBe(true);
        expect(atMs >= auction.startsAtMs && atMs < endsAtMs).toBe(true);
        expect(r.endsAtMs).toBeGreaterThanOrEqual(endsAtMs);
        expect(r.endsAtMs).toBeGreaterThanOrEqual(atMs + extensionSeconds * 1000);
      }),
    );
  });
});
