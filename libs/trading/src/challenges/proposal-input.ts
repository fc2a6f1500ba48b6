import { badInput, isUuid, parseMoney, toFen } from '@techmarket/shared';

export interface ProposalInputFields {
  summary: string;
  price: string;
  durationDays: number;
  expertIds?: readonly string[] | null;
}

export interface CheckedProposal {
  readonly summary: string;
  /** normalised decimal yuan */
  readonly price: string;
  readonly durationDays: number;
  /** unique, in the order given */
  readonly expertIds: readonly string[];
}

export const MAX_PROPOSAL_SUMMARY = 2000;
export const MAX_DURATION_DAYS = 3650;
export const MAX_PROPOSAL_EXPERTS = 50;

/** The shape of a proposal (no database): whether the experts exist is the service's to check. */
export function checkProposalInput(input: ProposalInputFields): CheckedProposal {
  const summary = typeof input.summary === 'string' ? input.summary.trim() : '';
  if (!summary) throw badInput('SUMMARY_REQUIRED', 'summary is required', { field: 'summary' });
  if ([...summary].length > MAX_PROPOSAL_SUMMARY)
    throw badInput('SUMMARY_TOO_LONG', `summary is at most ${MAX_PROPOSAL_SUMMARY} characters`, {
      field: 'summary',
    });
  const price = parseMoney(input.price, 'price');
  if (toFen(price) <= 0n) throw badInput('INVALID_AMOUNT', 'price must be above zero', { field: 'price' });
  const d = input.durationDays;
  if (!Number.isInteger(d) || d < 1 || d > MAX_DURATION_DAYS)
    throw badInput('INVALID_DURATION', `durationDays is a whole number of days, 1 to ${MAX_DURATION_DAYS}`, {
      field: 'durationDays',
    });
  const expertIds = [...new Set((input.expertIds ?? []).map((id) => String(id).toLowerCase()))];
  const bad = expertIds.find((id) => !isUuid(id));
  if (bad !== undefined)
    throw badInput('INVALID_ID', `expertIds: ${bad} is not an id`, { field: 'expertIds' });
  if (expertIds.length > MAX_PROPOSAL_EXPERTS)
    throw badInput('TEAM_TOO_LARGE', `a proposal names at most ${MAX_PROPOSAL_EXPERTS} experts`, {
      field: 'expertIds',
    });
  return { summary, price, durationDays: d, expertIds };
}
