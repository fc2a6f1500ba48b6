import fc from 'fast-check';
import { formatContractNumber, parseContractNumber } from './contract-number.js';

describe('formatContractNumber', () => {
  it('writes year, region and a six-digit serial', () => {
    expect(formatContractNumber({ year: 2026, regionCode: '220100', serial: 123 })).toBe('2026220100000123');
    expect(formatContractNumber({ year: 2026, regionCode: '220100', serial: 123 }, { separated: true })).toBe(
      '2026-220100-000123',
    );
    expect(formatContractNumber({ year: 2026, regionCode: '330000', serial: 999_999 })).toBe(
      '2026330000999999',
    );
  });
  it.each([
    [{ year: 2026, regionCode: '220100', serial: 0 }],
    [{ year: 2026, regionCode: '220100', serial: 1_000_000 }],
    [{ year: 2026, regionCode: '2201', serial: 1 }],
    [{ year: 2026, regionCode: '022010', serial: 1 }],
    [{ year: 999, regionCode: '220100', serial: 1 }],
    [{ year: 2026.5, regionCode: '220100', serial: 1 }],
  ])('refuses %p', (parts) => expect(() => formatContractNumber(parts)).toThrow(RangeError));
});

describe('parseContractNumber', () => {
  it.each([
    ['2026220100000123', { year: 2026, regionCode: '220100', serial: 123 }],
    ['2026-220100-000123', { year: 2026, regionCode: '220100', serial: 123 }],
    [' 2026220100000123 ', { year: 2026, regionCode: '220100', serial: 123 }],
  ])('reads %p', (text, parts) => {
    expect(parseContractNumber(text)).toEqual({ ok: true, canonical: '2026220100000123', ...parts });
  });
  it.each([
    '',
    '202622010000012', // 15 digits
    '20262201000001234', // 17 digits
    '2026220100000000', // serial 0
    '2026-220100000123', // one hyphen only
    '2026--220100-000123',
    '2026-220100-00012A',
    '0026220100000123',
    '2026020100000123', // region code cannot start with 0
  ])('refuses %p', (text) =>
    expect(parseContractNumber(text)).toEqual({ ok: false, reason: 'INVALID_CONTRACT_NUMBER' }),
  );

  it('round-trips every valid number, in both forms', () => {
    const parts = fc.record({
      year: fc.integer({ min: 1000, max: 2999 }),
      regionCode: fc.integer({ min: 100_000, max: 999_999 }).map(String),
      serial: fc.integer({ min: 1, max: 999_999 }),
    });
    fc.assert(
      fc.property(parts, fc.boolean(), (p, separated) => {
        expect(parseContractNumber(formatContractNumber(p, { separated }))).toEqual({
          ok: true,
          canonical: formatContractNumber(p),
          ...p,
        });
      }),
    );
  });
});
