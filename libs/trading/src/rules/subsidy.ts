import type { Fen, OrganizationKind } from './types.js';

const YUAN = 100n;

/** One band of the per-contract cap: contracts of at least `minAmountFen` get at most `capFen`. */
export interface SubsidyTier {
  readonly minAmountFen: Fen;
  readonly capFen: Fen;
}

export interface SubsidyPolicy {
  readonly name: string;
  /** Percent of the contract amount, rounded down to the fen. */
  readonly ratePercent: bigint;
  /** Ascending by `minAmountFen`; the first tier's minimum is the eligibility threshold. */
  readonly tiers: readonly SubsidyTier[];
  /** Total per enterprise per calendar year (China time, see `chinaCalendarYear`). */
  readonly yearlyCapFen: Fen;
}

/** Jilin's 交易后补助, the default policy (PRODUCT.md §7). */
export const JILIN_SUBSIDY_POLICY: SubsidyPolicy = {
  name: '吉林省技术合同交易后补助',
  ratePercent: 10n,
  tiers: [
    { minAmountFen: 300_000n * YUAN, capFen: 500_000n * YUAN },
    { minAmountFen: 50_000_000n * YUAN, capFen: 1_000_000n * YUAN },
    { minAmountFen: 100_000_000n * YUAN, capFen: 2_000_000n * YUAN },
  ],
  yearlyCapFen: 2_000_000n * YUAN,
};

export interface SubsidyInput {
  /** Verified by the platform operator (实名认证): a declared kind is not evidence of it. */
  readonly buyerVerified: boolean;
  readonly sellerVerified: boolean;
  readonly buyerKind: OrganizationKind;
  /** GB/T 2260 six-digit codes; the first two digits name the province. */
  readonly buyerRegionCode: string;
  readonly sellerKind: OrganizationKind;
  readonly sellerRegionCode: string;
  readonly amountFen: Fen;
  /** Subsidy already granted to this buyer in the contract's calendar year. */
  readonly grantedThisYearFen: Fen;
}

export type SubsidyClause =
  | 'ORGANIZATION_UNVERIFIED'
  | 'BUYER_NOT_ENTERPRISE'
  | 'SELLER_NOT_ACADEMIC'
  | 'REGION_UNKNOWN'
  | 'OTHER_PROVINCE'
  | 'BELOW_THRESHOLD'
  | 'PER_CONTRACT'
  | 'YEARLY_CAP'
  | 'YEARLY_CAP_REACHED';

export interface SubsidyAssessment {
  readonly eligible: boolean;
  readonly amountFen: Fen;
  /** Machine-readable name of the clause that decided the amount. */
  readonly clause: SubsidyClause;
  /** Human-readable (Chinese, with English) statement of that clause. */
  readonly rule: string;
}

const yuan = (fen: Fen): string => `${(fen / YUAN).toString().replace(/\B(?=(\d{3})+$)/g, ',')} 元`;
const REGION = /^\d{6}$/;
const ACADEMIC: readonly OrganizationKind[] = ['UNIVERSITY', 'RESEARCH_INSTITUTE'];

/**
 * Post-deal subsidy for one contract: an ENTERPRISE buying from a UNIVERSITY or RESEARCH_INSTITUTE of
 * the same province gets `ratePercent` of the amount (rounded down to the fen) when the amount reaches
 * the first tier, capped by the highest tier the amount reaches, and by what is left of the yearly cap.
 */
export function assessSubsidy(
  input: SubsidyInput,
  policy: SubsidyPolicy = JILIN_SUBSIDY_POLICY,
): SubsidyAssessment {
  const no = (clause: SubsidyClause, rule: string): SubsidyAssessment => ({
    eligible: false,
    amountFen: 0n,
    clause,
    rule: `${policy.name}: ${rule}`,
  });
  if (!input.buyerVerified || !input.sellerVerified) {
    return no(
      'ORGANIZATION_UNVERIFIED',
      '买卖双方须经平台实名认证 (buyer and seller must be verified by the platform)',
    );
  }
  if (input.buyerKind !== 'ENTERPRISE')
    return no('BUYER_NOT_ENTERPRISE', '受让方须为企业 (buyer must be an enterprise)');
  if (!ACADEMIC.includes(input.sellerKind)) {
    return no(
      'SELLER_NOT_ACADEMIC',
      '出让方须为高校或科研院所 (seller must be a university or research institute)',
    );
  }
  if (!REGION.test(input.buyerRegionCode) || !REGION.test(input.sellerRegionCode)) {
    return no('REGION_UNKNOWN', '地区代码无效 (region code is not a GB/T 2260 code)');
  }
  if (input.buyerRegionCode.slice(0, 2) !== input.sellerRegionCode.slice(0, 2)) {
    return no('OTHER_PROVINCE', '买卖双方须在同一省份 (buyer and seller must be in the same province)');
  }
  const tier = policy.tiers.filter((t) => input.amountFen >= t.minAmountFen).at(-1);
  if (tier === undefined) {
    const min = policy.tiers[0]?.minAmountFen ?? 0n;
    return no('BELOW_THRESHOLD', `合同额低于 ${yuan(min)}，不予补助 (amount below ${yuan(min)})`);
  }
  const rate = (input.amountFen * policy.ratePercent) / 100n;
  const perContract = rate < tier.capFen ? rate : tier.capFen;
  const tierRule =
    `合同额 ≥ ${yuan(tier.minAmountFen)}，按 ${policy.ratePercent}% 补助，单笔最高 ${yuan(tier.capFen)} ` +
    `(${policy.ratePercent}% of the amount, at most ${yuan(tier.capFen)} per contract)`;
  const left = policy.yearlyCapFen - input.grantedThisYearFen;
  const yearRule = `每家企业每年累计最高 ${yuan(policy.yearlyCapFen)} (at most ${yuan(policy.yearlyCapFen)} per enterprise per year)`;
  if (left <= 0n) return no('YEARLY_CAP_REACHED', `${yearRule}，本年度额度已用完 (yearly cap used up)`);
  if (left < perContract) {
    return {
      eligible: true,
      amountFen: left,
      clause: 'YEARLY_CAP',
      rule: `${policy.name}: ${tierRule}; ${yearRule}`,
    };
  }
  return {
    eligible: true,
    amountFen: perContract,
    clause: 'PER_CONTRACT',
    rule: `${policy.name}: ${tierRule}`,
  };
}
