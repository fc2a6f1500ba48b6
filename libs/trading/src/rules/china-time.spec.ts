import { chinaCalendarYear } from './china-time.js';

describe('chinaCalendarYear (UTC+8)', () => {
  it.each([
    ['2025-12-31T15:59:59.999Z', 2025],
    ['2025-12-31T16:00:00.000Z', 2026], // midnight in Beijing
    ['2026-12-31T15:59:59.999Z', 2026],
  ])('%s → %p', (iso, year) => expect(chinaCalendarYear(Date.parse(iso))).toBe(year));
  it('refuses a non-time', () => expect(() => chinaCalendarYear(Number.NaN)).toThrow(RangeError));
});
