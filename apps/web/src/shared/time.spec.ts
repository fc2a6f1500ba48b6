import { clockOffset, countdown, formatBeijing, formatCountdown } from './time';

describe('time', () => {
  it('shows Beijing time whatever the browser zone', () => {
    expect(formatBeijing('2026-12-05T00:11:03Z')).toBe('2026-12-05 08:11:03');
    expect(formatBeijing('2026-12-31T16:00:00.000Z')).toBe('2027-01-01 00:00:00');
    expect(formatBeijing('not a time')).toBe('');
  });

  it('measures the server clock offset from one round trip', () => {
    expect(clockOffset(1000, new Date(61_100).toISOString(), 1200)).toBe(60_000);
    expect(clockOffset(1000, 900, 1200)).toBe(-200);
  });

  it('counts down on the server clock, rounding up to whole seconds', () => {
    const end = '2026-12-05T00:00:00Z';
    const at = (ms: number) => Date.parse(end) - ms;
    expect(formatCountdown(countdown(end, at(2 * 86_400_000 + 3_723_000)))).toBe('2天 01:02:03');
    expect(formatCountdown(countdown(end, at(8_001)))).toBe('00:00:09');
    expect(countdown(end, at(1)).ended).toBe(false);
    expect(formatCountdown(countdown(end, at(0)))).toBe('已结束');
    expect(countdown(end, at(-5000))).toMatchObject({ ended: true, remainingMs: 0 });
  });
});
