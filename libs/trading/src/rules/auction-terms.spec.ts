import { checkAuctionTerms, type AuctionTermsDraft } from './auction-terms.js';
import { HOUR, T0, yuan } from './rules.fixtures.js';

const draft = (over: Partial<AuctionTermsDraft> = {}): AuctionTermsDraft => ({
  startPriceFen: yuan(100_000),
  incrementFen: yuan(5_000),
  startsAtMs: T0,
  endsAtMs: T0 + HOUR,
  ...over,
});

describe('checkAuctionTerms', () => {
  it('fills the defaults: deposit 10% of the start price, extension 300 s, no reserve', () => {
    expect(checkAuctionTerms(draft(), 'AUCTION')).toEqual({
      ok: true,
      startPriceFen: yuan(100_000),
      incrementFen: yuan(5_000),
      reservePriceFen: null,
      depositFen: yuan(10_000),
      startsAtMs: T0,
      endsAtMs: T0 + HOUR,
      extensionSeconds: 300,
      durationSeconds: null,
    });
  });

  it('keeps what the seller gave', () => {
    const r = checkAuctionTerms(
      draft({
        depositFen: yuan(1),
        reservePriceFen: yuan(200_000),
        extensionSeconds: 0,
        durationSeconds: 600,
      }),
      'LISTING',
    );
    expect(r).toMatchObject({
      ok: true,
      depositFen: yuan(1),
      reservePriceFen: yuan(200_000),
      extensionSeconds: 0,
    });
    expect(r).toMatchObject({ durationSeconds: 600 });
  });

  it.each<[string, Partial<AuctionTermsDraft>, 'AUCTION' | 'LISTING', string]>([
    ['zero start price', { startPriceFen: 0n }, 'AUCTION', 'INVALID_START_PRICE'],
    ['zero increment', { incrementFen: 0n }, 'AUCTION', 'INVALID_INCREMENT'],
    ['negative deposit', { depositFen: -1n }, 'AUCTION', 'INVALID_DEPOSIT'],
    ['end equal to start', { endsAtMs: T0 }, 'AUCTION', 'INVALID_TIME_RANGE'],
    ['end before start', { endsAtMs: T0 - 1 }, 'AUCTION', 'INVALID_TIME_RANGE'],
    ['negative extension', { extensionSeconds: -1 }, 'AUCTION', 'INVALID_EXTENSION'],
    ['fractional extension', { extensionSeconds: 1.5 }, 'AUCTION', 'INVALID_EXTENSION'],
    ['extension over an hour', { extensionSeconds: 3601 }, 'AUCTION', 'INVALID_EXTENSION'],
    ['auction over 30 days', { durationSeconds: 30 * 86_400 + 1 }, 'LISTING', 'DURATION_TOO_LONG'],
    ['listing without duration', {}, 'LISTING', 'DURATION_REQUIRED'],
    ['listing with zero duration', { durationSeconds: 0 }, 'LISTING', 'DURATION_REQUIRED'],
  ])('refuses %s', (_name, over, mode, reason) => {
    expect(checkAuctionTerms(draft(over), mode)).toEqual({ ok: false, reason });
  });

  it('ignores a duration on a plain auction', () => {
    expect(checkAuctionTerms(draft({ durationSeconds: 600 }), 'AUCTION')).toMatchObject({
      durationSeconds: null,
    });
  });
});
