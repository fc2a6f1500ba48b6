import type { MarketScope } from '@techmarket/shared';
import { covers, type ScopedItem, specificity } from '../scope/market-scope.js';

/** China Standard Time is UTC+8 all year. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar day in China at an instant, YYYY-MM-DD: the day a policy is in force on. */
export const chinaDay = (atMs: number): string => new Date(atMs + CHINA_OFFSET_MS).toISOString().slice(0, 10);

/** A policy as the rule reads it: its market, the day it takes effect and when it was set. */
export interface PolicyRecord {
  readonly marketCode: string;
  readonly effectiveFrom: string;
  readonly createdAtMs: number;
}

/**
 * The policy of one market in force at an instant: among those set by then (a policy set later was not in
 * force, whatever day it names, so a registration is never assessed again under a rule made after it), the
 * one that took effect last on or before that day in China.
 */
export function inForce<P extends PolicyRecord>(policies: readonly P[], atMs: number): P | null {
  const day = chinaDay(atMs);
  let best: P | null = null;
  for (const p of policies) {
    if (p.createdAtMs > atMs || p.effectiveFrom > day) continue;
    if (!best || p.effectiveFrom > best.effectiveFrom) best = p;
  }
  return best;
}

/**
 * The policy that governs something (an item, or an organization by its region alone) at an instant: that
 * of the most specific market covering it (a county before its city, a city before its province, industry
 * markets after regions, the root last) that has one in force then.
 */
export function governingPolicy<P extends PolicyRecord>(
  markets: ReadonlyArray<{ code: string; scope: MarketScope }>,
  policies: readonly P[],
  subject: ScopedItem,
  atMs: number,
): P | null {
  const covering = markets
    .filter((m) => covers(m.scope, subject))
    .sort((a, b) => specificity(b.scope) - specificity(a.scope) || a.code.localeCompare(b.code));
  for (const m of covering) {
    const found = inForce(
      policies.filter((p) => p.marketCode === m.code),
      atMs,
    );
    if (found) return found;
  }
  return null;
}
