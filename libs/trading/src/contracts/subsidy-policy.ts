import type { SubsidyTerms } from '@techmarket/markets';
import { toFen } from '@techmarket/shared';
import type { SubsidyPolicy } from '../rules/index.js';

/** A market's subsidy policy (terms in yuan, as stored) as the pure rule reads it (fen). */
export function subsidyPolicyOf(p: { name: string; subsidy: SubsidyTerms | null }): SubsidyPolicy {
  if (!p.subsidy) throw new Error(`${p.name} is not a subsidy policy`);
  return {
    name: p.name,
    ratePercent: BigInt(p.subsidy.ratePercent),
    tiers: p.subsidy.tiers.map((t) => ({ minAmountFen: toFen(t.minAmount), capFen: toFen(t.cap) })),
    yearlyCapFen: toFen(p.subsidy.yearlyCap),
  };
}
