import { badInput, parseMoney, toFen } from '@techmarket/shared';

export type MarketPolicyKind = 'SUBSIDY' | 'BROKER_POINTS';

/** 交易后补助: a percent of the amount from the first tier's minimum, capped per contract by tier and per year. */
export interface SubsidyTerms {
  ratePercent: number;
  /** ascending by `minAmount` (yuan, 2 decimals); the first minimum is the threshold */
  tiers: Array<{ minAmount: string; cap: string }>;
  yearlyCap: string;
}

/** 贡献积分: what a broker earns for each step of a docking it mediates. */
export interface BrokerPointsTerms {
  dockingAccepted: number;
  deal: number;
  contractRegistered: number;
}

export type PolicyTerms =
  { kind: 'SUBSIDY'; subsidy: SubsidyTerms } | { kind: 'BROKER_POINTS'; brokerPoints: BrokerPointsTerms };

const MAX_TIERS = 10;
const MAX_POINTS = 100_000;

const int = (value: number, field: string, min: number, max: number): number => {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput('INVALID_POLICY_TERMS', `${field} must be a whole number from ${min} to ${max}`, {
      field,
    });
  return value;
};

/** Subsidy terms, checked: a rate of 1-100%, 1-10 tiers strictly ascending by minimum, positive caps. */
export function checkSubsidyTerms(t: SubsidyTerms, field = 'input.subsidy'): SubsidyTerms {
  const ratePercent = int(t.ratePercent, `${field}.ratePercent`, 1, 100);
  if (!t.tiers?.length || t.tiers.length > MAX_TIERS)
    throw badInput('INVALID_POLICY_TERMS', `${field}.tiers: from 1 to ${MAX_TIERS} tiers`, {
      field: `${field}.tiers`,
    });
  const tiers = t.tiers.map((tier, i) => ({
    minAmount: parseMoney(tier.minAmount, `${field}.tiers.${i}.minAmount`),
    cap: parseMoney(tier.cap, `${field}.tiers.${i}.cap`),
  }));
  tiers.forEach((tier, i) => {
    if (toFen(tier.cap) <= 0n)
      throw badInput('INVALID_POLICY_TERMS', 'a tier’s cap must be above 0', {
        field: `${field}.tiers.${i}.cap`,
      });
    if (i > 0 && toFen(tier.minAmount) <= toFen(tiers[i - 1].minAmount))
      throw badInput('INVALID_POLICY_TERMS', 'tiers must be in ascending order of their minimum amount', {
        field: `${field}.tiers.${i}.minAmount`,
      });
  });
  const yearlyCap = parseMoney(t.yearlyCap, `${field}.yearlyCap`);
  return { ratePercent, tiers, yearlyCap };
}

export function checkBrokerPointsTerms(
  t: BrokerPointsTerms,
  field = 'input.brokerPoints',
): BrokerPointsTerms {
  return {
    dockingAccepted: int(t.dockingAccepted, `${field}.dockingAccepted`, 0, MAX_POINTS),
    deal: int(t.deal, `${field}.deal`, 0, MAX_POINTS),
    contractRegistered: int(t.contractRegistered, `${field}.contractRegistered`, 0, MAX_POINTS),
  };
}

/** Exactly one kind of terms, checked. */
export function checkPolicyTerms(input: {
  subsidy?: SubsidyTerms | null;
  brokerPoints?: BrokerPointsTerms | null;
}): PolicyTerms {
  if (!!input.subsidy === !!input.brokerPoints)
    throw badInput('POLICY_TERMS_REQUIRED', 'a policy has either subsidy terms or broker points terms', {
      field: 'input',
    });
  return input.subsidy
    ? { kind: 'SUBSIDY', subsidy: checkSubsidyTerms(input.subsidy) }
    : {
        kind: 'BROKER_POINTS',
        brokerPoints: checkBrokerPointsTerms(input.brokerPoints as BrokerPointsTerms),
      };
}

/** A calendar day, YYYY-MM-DD, that exists. */
export function checkDay(value: string, field = 'input.effectiveFrom'): string {
  const day = value?.trim() ?? '';
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day)
    throw badInput('INVALID_DATE', `${field} must be a calendar day, YYYY-MM-DD`, { field });
  return day;
}
