import fc from 'fast-check';
import { checkPageSize, decodeCursor, encodeCursor } from './pagination.js';

describe('checkPageSize', () => {
  it('defaults and accepts 0..100', () => {
    expect(checkPageSize(undefined)).toBe(20);
    expect(checkPageSize(0)).toBe(0);
    expect(checkPageSize(100)).toBe(100);
  });
  it.each([101, -1, 1.5, 10_000])('refuses %p', (n) =>
    expect(() => checkPageSize(n)).toThrow(/between 0 and 100/),
  );
});

describe('cursors', () => {
  it('round-trip keyset values', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.integer()), { minLength: 1, maxLength: 4 }), (values) => {
        expect(decodeCursor(encodeCursor(values), values.length)).toEqual(values);
      }),
    );
  });
  it('refuses a forged cursor', () => {
    expect(() => decodeCursor('not-a-cursor', 2)).toThrow(/cursor/);
    expect(() => decodeCursor(encodeCursor(['a']), 2)).toThrow(/cursor/);
  });
  it('treats no cursor as the first page', () => expect(decodeCursor(undefined, 2)).toBeNull());
});
