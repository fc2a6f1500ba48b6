// Times are shown in Beijing time (UTC+8, no daylight saving), "YYYY-MM-DD HH:mm:ss"; countdowns run
// on the server's clock: the browser's clock plus the offset measured against serverTime.

const BEIJING_OFFSET_MS = 8 * 3600_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2026-12-05T00:11:03Z" → "2026-12-05 08:11:03". */
export function formatBeijing(time: string | number | Date): string {
  const d = new Date(new Date(time).getTime() + BEIJING_OFFSET_MS);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/**
 * Server clock minus browser clock, in ms, from one round trip: the server read its clock about half way
 * between the request leaving (sentAt) and the answer arriving (receivedAt).
 */
export function clockOffset(sentAt: number, serverTime: string | number | Date, receivedAt: number): number {
  return new Date(serverTime).getTime() - (sentAt + receivedAt) / 2;
}

export interface Countdown {
  ended: boolean;
  /** whole milliseconds left, 0 once ended */
  remainingMs: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Time left until `endsAt` at the server time `serverNow` (ms), in whole seconds (rounded up). */
export function countdown(endsAt: string | number | Date, serverNow: number): Countdown {
  const remainingMs = Math.max(0, new Date(endsAt).getTime() - serverNow);
  const total = Math.ceil(remainingMs / 1000);
  return {
    ended: remainingMs === 0,
    remainingMs,
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}

/** "2天 03:04:05", "00:00:09", or "已结束". */
export function formatCountdown(c: Countdown): string {
  if (c.ended) return '已结束';
  const clock = `${pad(c.hours)}:${pad(c.minutes)}:${pad(c.seconds)}`;
  return c.days > 0 ? `${c.days}天 ${clock}` : clock;
}
