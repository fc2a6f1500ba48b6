import { chinaCalendarYear, chinaDateTime } from './china-time.js';

describe('chinaCalendarYear (UTC+8)', () => {
  it.each([
    ['2025-12-31T15:59:59.999Z', 2025],
    ['2025-12-31T16:00:00.000Z', 2026], // midnight in Beijing
    ['2026-12-31T15:59:59.999Z', 2026],
  ])('%s → %p', (iso, year) => expect(chinaCalendarYear(Date.parse(iso))).toBe(year));
  it('refuses a non-time', () => expect(() => chinaCalendarYear(Number.NaN)).toThrow(RangeError));
});

describe('chinaDateTime (Beijing wall clock, to the minute)', () => {
  it.each([
    ['2026-12-02T10:30:59.999Z', '2026-12-02 18:30'],
    ['2025-12-31T16:00:00.000Z', '2026-01-01 00:00'], // the date turns in Beijing first
  ])('%s → %s', (iso, text) => expect(chinaDateTime(Date.parse(iso))).toBe(text));
  it('refuses a non-time', () => expect(() => chinaDateTime(Number.NaN)).toThrow(RangeError));
});
