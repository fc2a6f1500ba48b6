import fc from 'fast-check';
import { ceilToGrid, isOnGrid, nextValidBid } from './increment-grid.js';

const START = 100_000n;
const INC = 5_000n;

describe('isOnGrid (start + k × increment, k ≥ 0)', () => {
  it.each([
    [100_000n, true], // k = 0: the start price itself
    [105_000n, true],
    [1_100_000n, true],
    [102_500n, false], // half an increment
    [105_001n, false],
    [95_000n, false], // below start: k would be negative
    [0n, false],
  ])('%p → %p', (amount, expected) => expect(isOnGrid(START, INC, amount)).toBe(expected));

  it('refuses a non-positive increment as a programming error', () => {
    expect(() => isOnGrid(START, 0n, START)).toThrow(RangeError);
    expect(() => isOnGrid(START, -1n, START)).toThrow(RangeError);
  });

  it('holds exactly for start + k × increment', () => {
    fc.assert(
      fc.property(
        fc.bigInt(0n, 10n ** 12n),
        fc.bigInt(1n, 10n ** 8n),
        fc.bigInt(0n, 10n ** 6n),
        (s, i, k) => {
          expect(isOnGrid(s, i, s + k * i)).toBe(true);
          if (i > 1n) expect(isOnGrid(s, i, s + k * i + 1n)).toBe(false);
          if (s > 0n) expect(isOnGrid(s, i, s - 1n)).toBe(false);
        },
      ),
    );
  });
});

describe('nextValidBid', () => {
  it.each([
    [null, 100_000n], // no bid yet: the start price
    [100_000n, 105_000n],
    [105_000n, 110_000n],
    [101_000n, 110_000n], // an off-grid current price rounds up onto the grid
  ])('after %p → %p', (current, expected) => expect(nextValidBid(START, INC, current)).toBe(expected));

  it('is the smallest grid amount at least one increment above the current price', () => {
    fc.assert(
      fc.property(
        fc.bigInt(0n, 10n ** 12n),
        fc.bigInt(1n, 10n ** 8n),
        fc.bigInt(0n, 10n ** 9n),
        (s, i, k) => {
          const current = s + k * i;
          const next = nextValidBid(s, i, current);
          expect(isOnGrid(s, i, next)).toBe(true);
          expect(next - current).toBe(i);
        },
      ),
    );
  });
});

describe('ceilToGrid', () => {
  it.each([
    [0n, 100_000n],
    [100_000n, 100_000n],
    [100_001n, 105_000n],
    [104_999n, 105_000n],
    [105_000n, 105_000n],
  ])('%p → %p', (amount, expected) => expect(ceilToGrid(START, INC, amount)).toBe(expected));
});
