import fc from 'fast-check';
import { closeAuction, isReserveMet } from './auction-outcome.js';
import { depositTotals, type DepositHolder } from './deposit.js';
import { newHolder, yuan } from './rules.fixtures.js';
import type { DepositStatus } from './types.js';

const regs = [
  newHolder({ buyerOrgId: 'a', depositFen: yuan(10_000) }),
  newHolder({ buyerOrgId: 'b', depositFen: yuan(10_000) }),
  newHolder({ buyerOrgId: 'c', depositStatus: 'PENDING' }),
];
const to = (o: ReturnType<typeof closeAuction>) => o.settlements.map((s) => s.to);

describe('closeAuction', () => {
  it('fails with NO_BIDS and refunds every paid deposit', () => {
    const o = closeAuction({ highestBid: null, registrations: regs });
    expect(o).toMatchObject({ outcome: 'FAILED', reason: 'NO_BIDS' });
    expect(to(o)).toEqual(['REFUNDED', 'REFUNDED', 'PENDING']);
  });

  it.each([
    ['one fen under the reserve', yuan(200_000) - 1n, 'FAILED'],
    ['exactly the reserve', yuan(200_000), 'DEALT'],
    ['above the reserve', yuan(250_000), 'DEALT'],
  ])('%s → %s', (_name, amountFen, outcome) => {
    const o = closeAuction({
      highestBid: { bidderOrgId: 'a', amountFen },
      reservePriceFen: yuan(200_000),
      registrations: regs,
    });
    expect(o.outcome).toBe(outcome);
    if (o.outcome === 'FAILED') {
      expect(o.reason).toBe('RESERVE_NOT_MET');
      expect(to(o)).toEqual(['REFUNDED', 'REFUNDED', 'PENDING']);
    }
  });

  it('under the forfeit term, keeps the deposit of a paid bidder that never bid, dealt or failed', () => {
    const withBids = [
      newHolder({ buyerOrgId: 'a', placedBid: true }),
      newHolder({ buyerOrgId: 'b', placedBid: true }),
      newHolder({ buyerOrgId: 'n', placedBid: false }),
    ];
    const dealt = closeAuction({
      highestBid: { bidderOrgId: 'a', amountFen: yuan(150_000) },
      registrations: withBids,
      forfeitIfNoBid: true,
    });
    expect(to(dealt)).toEqual(['APPLIED', 'REFUNDED', 'FORFEITED']);
    const below = closeAuction({
      highestBid: { bidderOrgId: 'a', amountFen: yuan(150_000) },
      reservePriceFen: yuan(200_000),
      registrations: withBids,
      forfeitIfNoBid: true,
    });
    expect(to(below)).toEqual(['REFUNDED', 'REFUNDED', 'FORFEITED']);
    const none = closeAuction({ highestBid: null, registrations: regs, forfeitIfNoBid: true });
    expect(to(none)).toEqual(['FORFEITED', 'FORFEITED', 'PENDING']);
  });

  it('deals with the highest bidder, applies its deposit and refunds the others', () => {
    const o = closeAuction({
      highestBid: { bidderOrgId: 'b', amountFen: yuan(150_000) },
      registrations: regs,
    });
    expect(o).toMatchObject({
      outcome: 'DEALT',
      winnerOrgId: 'b',
      priceFen: yuan(150_000),
      depositAppliedFen: yuan(10_000),
      balanceDueFen: yuan(140_000),
    });
    expect(to(o)).toEqual(['REFUNDED', 'APPLIED', 'PENDING']);
  });

  it('deals at any price without a reserve', () => {
    expect(
      closeAuction({
        highestBid: { bidderOrgId: 'a', amountFen: 1n },
        reservePriceFen: null,
        registrations: [],
      }),
    ).toMatchObject({ outcome: 'DEALT', depositAppliedFen: 0n, balanceDueFen: 1n });
  });

  it.each([
    [null, null, false],
    [1n, null, true],
    [99n, 100n, false],
    [100n, 100n, true],
  ])('isReserveMet(%p, %p) = %p', (price, reserve, met) => expect(isReserveMet(price, reserve)).toBe(met));

  it('conserves deposits and yields exactly one outcome, consistent with the reserve', () => {
    const statuses: DepositStatus[] = ['PENDING', 'PAID', 'PAID', 'REFUNDED'];
    const arb = fc.record({
      rows: fc.uniqueArray(
        fc.tuple(
          fc.constantFrom('a', 'b', 'c', 'd', 'e'),
          fc.constantFrom(...statuses),
          fc.bigInt(0n, 10n ** 10n),
          fc.boolean(),
        ),
        {
          selector: (r) => r[0],
        },
      ),
      bid: fc.option(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.bigInt(1n, 10n ** 12n))),
      reserve: fc.option(fc.bigInt(1n, 10n ** 12n)),
      forfeitIfNoBid: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ rows, bid, reserve, forfeitIfNoBid }) => {
        const registrations: DepositHolder[] = rows.map(([o, s, f, placedBid]) =>
          newHolder({ buyerOrgId: o, depositStatus: s, depositFen: f, placedBid }),
        );
        const highestBid = bid && { bidderOrgId: bid[0], amountFen: bid[1] };
        const o = closeAuction({ highestBid, reservePriceFen: reserve, registrations, forfeitIfNoBid });
        const t = depositTotals(o.settlements);
        expect(t.appliedFen + t.refundedFen + t.forfeitedFen).toBe(t.paidFen);
        // only a paid bidder that never bid, and only under the term, forfeits at the close
        for (const s of o.settlements.filter((x) => x.from === 'PAID' && x.to === 'FORFEITED'))
          expect(
            forfeitIfNoBid && !registrations.find((r) => r.registrationId === s.registrationId)?.placedBid,
          ).toBe(true);
        const dealt = highestBid !== null && (reserve === null || highestBid.amountFen >= reserve);
        expect(o.outcome).toBe(dealt ? 'DEALT' : 'FAILED');
        if (o.outcome === 'DEALT') {
          expect(o.depositAppliedFen + o.balanceDueFen).toBe(o.priceFen);
          expect(
            o.settlements
              .filter((s) => s.to === 'APPLIED' && s.from === 'PAID')
              .every((s) => s.buyerOrgId === o.winnerOrgId),
          ).toBe(true);
        } else {
          expect(t.appliedFen).toBe(0n);
        }
      }),
    );
  });
});
