import fc from 'fast-check';
import {
  defaultDepositFen,
  depositTotals,
  resolveDepositFen,
  settleDeposits,
  type DepositHolder,
} from './deposit.js';
import { newHolder, yuan } from './rules.fixtures.js';
import type { DepositStatus } from './types.js';

describe('defaultDepositFen: 10% of the start price, rounded up to the fen', () => {
  it.each([
    [0n, 0n],
    [1n, 1n], // 0.1 fen → 1 fen
    [5n, 1n],
    [10n, 1n],
    [11n, 2n], // 1.1 fen → 2 fen
    [99n, 10n],
    [yuan(1_500_000), yuan(150_000)],
    [yuan(100_000) + 1n, yuan(10_000) + 1n],
  ])('start %p fen → %p fen', (start, deposit) => expect(defaultDepositFen(start)).toBe(deposit));

  it('is never below 10% and less than one fen above it', () => {
    fc.assert(
      fc.property(fc.bigInt(0n, 10n ** 18n), (start) => {
        const d = defaultDepositFen(start);
        expect(d * 10n >= start).toBe(true);
        expect((d - 1n) * 10n < start).toBe(true);
      }),
    );
  });

  it('refuses a negative start price', () => expect(() => defaultDepositFen(-1n)).toThrow(RangeError));
});

describe('resolveDepositFen', () => {
  it('uses the given deposit, even zero', () => expect(resolveDepositFen(yuan(100), 0n)).toBe(0n));
  it('falls back to the default', () => {
    expect(resolveDepositFen(yuan(100), null)).toBe(yuan(10));
    expect(resolveDepositFen(yuan(100))).toBe(yuan(10));
  });
});

describe('settleDeposits', () => {
  const holders = [
    newHolder({ buyerOrgId: 'a' }),
    newHolder({ buyerOrgId: 'b' }),
    newHolder({ buyerOrgId: 'c', depositStatus: 'PENDING' }),
    newHolder({ buyerOrgId: 'd', depositStatus: 'REFUNDED' }),
  ];

  it('applies the winner’s deposit and refunds the other paid ones; PENDING and settled stay', () => {
    expect(settleDeposits(holders, 'a').map((s) => [s.buyerOrgId, s.from, s.to])).toEqual([
      ['a', 'PAID', 'APPLIED'],
      ['b', 'PAID', 'REFUNDED'],
      ['c', 'PENDING', 'PENDING'],
      ['d', 'REFUNDED', 'REFUNDED'],
    ]);
  });

  it('refunds every paid deposit when there is no winner', () => {
    expect(settleDeposits(holders, null).map((s) => s.to)).toEqual([
      'REFUNDED',
      'REFUNDED',
      'PENDING',
      'REFUNDED',
    ]);
  });

  describe('under the forfeit term (forfeitIfNoBid)', () => {
    const bidders = [
      newHolder({ buyerOrgId: 'a', placedBid: true }),
      newHolder({ buyerOrgId: 'b', placedBid: true }),
      newHolder({ buyerOrgId: 'n', placedBid: false }),
      newHolder({ buyerOrgId: 'p', depositStatus: 'PENDING', placedBid: false }),
      newHolder({ buyerOrgId: 'r', depositStatus: 'REFUNDED', placedBid: false }),
    ];
    it.each([
      ['a winner', 'a', true, ['APPLIED', 'REFUNDED', 'FORFEITED', 'PENDING', 'REFUNDED']],
      ['no winner', null, true, ['REFUNDED', 'REFUNDED', 'FORFEITED', 'PENDING', 'REFUNDED']],
      ['a winner, term off', 'a', false, ['APPLIED', 'REFUNDED', 'REFUNDED', 'PENDING', 'REFUNDED']],
    ])('with %s: a paid bidder that never bid forfeits, one that bid is refunded', (_n, winner, on, want) => {
      expect(settleDeposits(bidders, winner, { forfeitIfNoBid: on }).map((s) => s.to)).toEqual(want);
    });
    it('never forfeits the winner’s deposit, even with no bid of its own on record', () => {
      const [w] = settleDeposits([newHolder({ buyerOrgId: 'w' })], 'w', { forfeitIfNoBid: true });
      expect(w.to).toBe('APPLIED');
    });
  });

  const statuses: DepositStatus[] = ['PENDING', 'PAID', 'REFUNDED', 'APPLIED', 'FORFEITED'];
  const holdersArb = fc
    .uniqueArray(fc.tuple(fc.string(), fc.constantFrom(...statuses), fc.bigInt(0n, 10n ** 12n)), {
      selector: (t) => t[0],
      maxLength: 12,
    })
    .map((rows): DepositHolder[] =>
      rows.map(([org, depositStatus, depositFen]) =>
        newHolder({ buyerOrgId: org, depositStatus, depositFen }),
      ),
    );

  it('conserves money: paid = applied + refunded + forfeited, and settling again changes nothing', () => {
    fc.assert(
      fc.property(holdersArb, fc.option(fc.string()), fc.boolean(), (hs, winner, forfeitIfNoBid) => {
        const once = settleDeposits(hs, winner, { forfeitIfNoBid });
        const t = depositTotals(once);
        expect(t.appliedFen + t.refundedFen + t.forfeitedFen).toBe(t.paidFen);
        expect(once.filter((s) => s.to === 'APPLIED' && s.from === 'PAID').length).toBeLessThanOrEqual(1);
        const again = settleDeposits(
          once.map((s) => ({ ...s, depositFen: s.amountFen, depositStatus: s.to })),
          winner,
          { forfeitIfNoBid },
        );
        expect(again.every((s) => s.from === s.to)).toBe(true);
      }),
    );
  });
});
