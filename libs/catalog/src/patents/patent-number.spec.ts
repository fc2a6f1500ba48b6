import fc from 'fast-check';
import { checkPatentNumber, normalizePatentNumber, patentCheckDigit } from './patent-number.js';

describe('Chinese patent application numbers', () => {
  it.each([
    ['202110123456.7', '202110123456.7'],
    ['ZL202110123456.7', '202110123456.7'],
    ['CN 202110123456.7', '202110123456.7'],
    ['zl2021101234567', '202110123456.7'],
  ])('accepts %p as %p', (raw, expected) => expect(normalizePatentNumber(raw)).toBe(expected));

  it.each(['202110123456.8', '20211012345.7', '202110123456', 'AB202110123456.7', ''])(
    'refuses %p',
    (raw) => {
      expect(normalizePatentNumber(raw)).toBeNull();
      expect(() => checkPatentNumber(raw)).toThrow(/patent application number/);
    },
  );

  it('writes a check of 10 as X, and accepts every number built with its check digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), (digits) => {
        const check = patentCheckDigit(digits);
        expect(check).toMatch(/^[\dX]$/);
        expect(normalizePatentNumber(`${digits}.${check}`)).toBe(`${digits}.${check}`);
      }),
    );
  });

  it('refuses any single changed digit', () => {
    const digits = '202110123456';
    for (let i = 0; i < 12; i++) {
      const changed = digits.slice(0, i) + String((Number(digits[i]) + 1) % 10) + digits.slice(i + 1);
      expect(normalizePatentNumber(`${changed}.7`)).toBeNull();
    }
  });
});
