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
