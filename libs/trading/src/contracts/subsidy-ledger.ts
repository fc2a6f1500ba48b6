import {
  assessSubsidy,
  JILIN_SUBSIDY_POLICY,
  type EpochMs,
  type Fen,
  type OrganizationKind,
  type SubsidyAssessment,
  type SubsidyPolicy,
} from '../rules/index.js';

/** One contract as the subsidy sees it: who sold, for how much, and under which policy (Jilin's by default). */
export interface SubsidyCase {
  readonly sellerVerified: boolean;
  readonly sellerKind: OrganizationKind;
  readonly sellerRegionCode: string;
  readonly amountFen: Fen;
  readonly policy?: SubsidyPolicy;
}

export interface SubsidyBuyer {
  readonly verified: boolean;
  readonly kind: OrganizationKind;
  readonly regionCode: string;
}

/**
 * The subsidy of `current` within its calendar year. The yearly cap counts what the buyer's earlier
 * contracts of the same year were granted, `prior` in registration order (registered_at, then
 * registration number): each earlier contract is assessed in turn, under its own policy, against what
 * the ones before it were granted, so every contract's figure is fixed once it is registered and a later
 * registration never changes an earlier one. Each contract's own policy sets its rate, tiers and the
 * yearly cap it is held to.
 */
export function assessInYear(
  buyer: SubsidyBuyer,
  prior: readonly SubsidyCase[],
  current: SubsidyCase,
): SubsidyAssessment {
  const assess = (c: SubsidyCase, grantedThisYearFen: Fen) =>
    assessSubsidy(
      {
        buyerVerified: buyer.verified,
        sellerVerified: c.sellerVerified,
        buyerKind: buyer.kind,
        buyerRegionCode: buyer.regionCode,
        sellerKind: c.sellerKind,
        sellerRegionCode: c.sellerRegionCode,
        amountFen: c.amountFen,
        grantedThisYearFen,
      },
      c.policy ?? JILIN_SUBSIDY_POLICY,
    );
  const granted = prior.reduce((sum, c) => sum + assess(c, sum).amountFen, 0n);
  return assess(current, granted);
}

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** [start, end) of a calendar year in China (UTC+8), as epoch ms: the window the yearly cap counts in. */
export function chinaYearBounds(year: number): { readonly startMs: EpochMs; readonly endMs: EpochMs } {
  if (!Number.isInteger(year)) throw new RangeError(`not a year: ${year}`);
  return {
    startMs: Date.UTC(year, 0, 1) - CHINA_OFFSET_MS,
    endMs: Date.UTC(year + 1, 0, 1) - CHINA_OFFSET_MS,
  };
}
