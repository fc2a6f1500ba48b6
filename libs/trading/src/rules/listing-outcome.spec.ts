import { closeListing, takesIntents } from './listing-outcome.js';
import { HOUR, T0, newHolder, yuan } from './rules.fixtures.js';

const PRICE = yuan(300_000);
const close = (intents: ReturnType<typeof newHolder>[]) =>
  closeListing({ listPriceFen: PRICE, intents, nowMs: T0, auctionDurationSeconds: 3600 });

describe('closeListing (挂牌 period end)', () => {
  it('fails with no intents at all', () => {
    expect(close([])).toEqual({ outcome: 'FAILED', reason: 'NO_PAID_INTENT', settlements: [] });
  });

  it('fails when intents exist but none has paid; PENDING deposits stay PENDING', () => {
    const o = close([
      newHolder({ buyerOrgId: 'a', depositStatus: 'PENDING' }),
      newHolder({ buyerOrgId: 'b', depositStatus: 'PENDING' }),
    ]);
    expect(o).toMatchObject({ outcome: 'FAILED', reason: 'NO_PAID_INTENT' });
    expect(o.outcome === 'FAILED' && o.settlements.map((s) => s.to)).toEqual(['PENDING', 'PENDING']);
  });

  it('deals at the posted price with the one paid buyer, whatever the unpaid ones did', () => {
    const o = close([
      newHolder({ buyerOrgId: 'a', depositStatus: 'PENDING' }),
      newHolder({ buyerOrgId: 'b', depositFen: yuan(30_000) }),
    ]);
    expect(o).toMatchObject({
      outcome: 'DEALT',
      buyerOrgId: 'b',
      registrationId: 'reg-b',
      priceFen: PRICE,
      depositAppliedFen: yuan(30_000),
      balanceDueFen: yuan(270_000),
    });
  });

  it('turns into an auction among exactly the paid buyers, starting now at the posted price', () => {
    const o = close([
      newHolder({ buyerOrgId: 'a' }),
      newHolder({ buyerOrgId: 'b', depositStatus: 'PENDING' }),
      newHolder({ buyerOrgId: 'c' }),
    ]);
    expect(o).toEqual({
      outcome: 'CONVERT_TO_AUCTION',
      startPriceFen: PRICE,
      startsAtMs: T0,
      endsAtMs: T0 + HOUR,
      bidderRegistrationIds: ['reg-a', 'reg-c'],
      bidderOrgIds: ['a', 'c'],
    });
  });

  it('needs a positive duration to convert', () => {
    const intents = [newHolder({ buyerOrgId: 'a' }), newHolder({ buyerOrgId: 'b' })];
    expect(() =>
      closeListing({ listPriceFen: PRICE, intents, nowMs: T0, auctionDurationSeconds: 0 }),
    ).toThrow(RangeError);
  });
});

describe('takesIntents', () => {
  it.each([
    ['AUCTION', 'AUCTION', true],
    ['LISTING', 'LISTING', true],
    ['LISTING', 'AUCTION', false],
    ['NEGOTIATED', 'NEGOTIATED', true],
  ] as const)('a %s listing now in %s mode: %p', (mode, current, takes) =>
    expect(takesIntents(mode, current)).toBe(takes),
  );
});
