import fc from 'fast-check';
import { DomainError } from '../errors/domain-error.js';
import { fromFen, parseMoney, toFen } from './money.js';

describe('parseMoney', () => {
  it.each([
    ['0', '0.00'],
    ['1500000', '1500000.00'],
    ['1500000.5', '1500000.50'],
    ['0.01', '0.01'],
    [300000, '300000.00'],
    ['9999999999999999.99', '9999999999999999.99'],
  ])('accepts %p as %p', (input, expected) => expect(parseMoney(input)).toBe(expected));

  it.each([
    ['-1'],
    ['1.234'],
    ['10000000000000000'],
    ['abc'],
    [''],
    ['1e5'],
    ['01'],
    [null],
    [Number.NaN],
    [-3],
  ])('refuses %p with INVALID_MONEY', (input) => {
    expect(() => parseMoney(input)).toThrow(DomainError);
    expect(() => parseMoney(input)).toThrow(/at most 2 decimals/);
  });

  it('round-trips through fen without losing a cent', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n - 1n }), (fen) => {
        expect(toFen(fromFen(fen))).toBe(fen);
      }),
    );
  });
});
