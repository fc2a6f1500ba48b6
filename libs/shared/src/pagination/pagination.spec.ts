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
  const time = fc
    .date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().replace(/\.(\d{3})Z$/, '.$1123Z'));

  it('round-trip keyset values of the kinds the list names', () => {
    fc.assert(
      fc.property(
        time,
        fc.uuid(),
        fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => n + 0) /* JSON has no -0 */,
        (at, id, score) => {
          expect(decodeCursor(encodeCursor([at, id]), ['time', 'uuid'])).toEqual([at, id]);
          expect(decodeCursor(encodeCursor([score, id]), ['number', 'uuid'])).toEqual([score, id]);
          expect(decodeCursor(encodeCursor(['0.100000', at, id]), ['rank', 'time', 'uuid'])).toHaveLength(3);
          expect(decodeCursor(encodeCursor(['', at, id]), ['rank', 'time', 'uuid'])).toHaveLength(3);
        },
      ),
    );
  });

  const id = '7f9c2b1e-8d4a-4c3b-9e2f-1a2b3c4d5e6f';
  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['too few values', encodeCursor(['a'])],
    ['a time that is not one', encodeCursor(['yesterday', id])],
    ['a time Postgres cannot hold', encodeCursor(['-10000-01-01T00:00:00Z', id])],
    ['month 13', encodeCursor(['2026-13-01T00:00:00.000000Z', id])],
    ['an id that is not a uuid', encodeCursor(['2026-01-01T00:00:00.000000Z', 'x'])],
    ['a score cursor given to a time list', encodeCursor([0.5, id])],
  ])('refuses %s with INVALID_CURSOR', (_what, cursor) => {
    expect(() => decodeCursor(cursor, ['time', 'uuid'])).toThrow(/not a cursor this list gave out/);
  });

  it('refuses a rank that is not a number', () => {
    const cursor = encodeCursor(['1; drop', '2026-01-01T00:00:00.000000Z', id]);
    expect(() => decodeCursor(cursor, ['rank', 'time', 'uuid'])).toThrow(/not a cursor this list gave out/);
  });

  it('treats no cursor as the first page', () =>
    expect(decodeCursor(undefined, ['time', 'uuid'])).toBeNull());
});
