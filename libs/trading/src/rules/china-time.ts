import type { EpochMs } from './types.js';

/** China Standard Time is UTC+8 all year (no daylight saving since 1991). */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The calendar year in China at an instant: the year a contract registration number and the yearly
 * subsidy cap count in. 2025-12-31T16:00:00Z is already 2026 in Beijing.
 */
export function chinaCalendarYear(atMs: EpochMs): number {
  if (!Number.isFinite(atMs)) throw new RangeError(`not a time: ${atMs}`);
  return new Date(atMs + CHINA_OFFSET_MS).getUTCFullYear();
}

/** An instant as Beijing wall-clock time to the minute, "2026-12-02 18:30", for people to read. */
export function chinaDateTime(atMs: EpochMs): string {
  if (!Number.isFinite(atMs)) throw new RangeError(`not a time: ${atMs}`);
  return new Date(atMs + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
