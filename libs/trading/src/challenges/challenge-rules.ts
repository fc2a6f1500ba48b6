import { type AuthUser, DomainError, type ErrorCode, isOperator } from '@techmarket/shared';
import { type EpochMs, type Refused, refuse } from '../rules/index.js';

/** A need as a challenge (揭榜挂帅) sees it. `status` mirrors `enum NeedStatus`. */
export interface ChallengeState {
  readonly status: string;
  readonly ownerId: string;
  /** null when the need carries no challenge */
  readonly submissionDeadlineMs: EpochMs | null;
  /** whether one of its proposals is AWARDED already */
  readonly awarded: boolean;
}

export type ChallengeRefusal =
  | 'OWN_CHALLENGE' // the need's owner does not answer its own challenge
  | 'NOT_A_CHALLENGE' // the need has no reward and deadline
  | 'NEED_NOT_OPEN' // only an OPEN need takes proposals or an award
  | 'SUBMISSION_CLOSED' // the submission deadline has passed
  | 'ALREADY_SUBMITTED' // one proposal per solver
  | 'NOT_OWNER' // only the need's owner awards
  | 'ALREADY_AWARDED'; // a challenge is awarded once

export const CHALLENGE_REASON_CODES: Readonly<Record<ChallengeRefusal, ErrorCode>> = {
  OWN_CHALLENGE: 'FORBIDDEN',
  NOT_OWNER: 'FORBIDDEN',
  NOT_A_CHALLENGE: 'CONFLICT',
  NEED_NOT_OPEN: 'CONFLICT',
  SUBMISSION_CLOSED: 'CONFLICT',
  ALREADY_SUBMITTED: 'CONFLICT',
  ALREADY_AWARDED: 'CONFLICT',
};

const MESSAGES: Readonly<Record<ChallengeRefusal, string>> = {
  OWN_CHALLENGE: 'the need’s owner cannot answer its own challenge',
  NOT_OWNER: 'only the need’s owner awards its challenge',
  NOT_A_CHALLENGE: 'this need is not a challenge',
  NEED_NOT_OPEN: 'the need is not open',
  SUBMISSION_CLOSED: 'the submission deadline has passed',
  ALREADY_SUBMITTED: 'your organization has already submitted a proposal to this challenge',
  ALREADY_AWARDED: 'this challenge has been awarded already',
};

export const challengeError = (reason: ChallengeRefusal): DomainError =>
  new DomainError(CHALLENGE_REASON_CODES[reason], reason, MESSAGES[reason]);

type Decision = { readonly ok: true } | Refused<ChallengeRefusal>;
const OK: Decision = { ok: true };

/** A solver may propose to an OPEN challenge of someone else's, strictly before its deadline. */
export function canSubmitProposal(need: ChallengeState, solverOrgId: string, nowMs: EpochMs): Decision {
  if (solverOrgId === need.ownerId) return refuse('OWN_CHALLENGE');
  if (need.submissionDeadlineMs === null) return refuse('NOT_A_CHALLENGE');
  if (need.status !== 'OPEN') return refuse(need.awarded ? 'ALREADY_AWARDED' : 'NEED_NOT_OPEN');
  if (nowMs >= need.submissionDeadlineMs) return refuse('SUBMISSION_CLOSED');
  return OK;
}

/**
 * The need's owner (not an operator) awards one proposal, once, while the need is OPEN; before or after
 * the submission deadline, as the owner judges. SOLVED or any awarded proposal means it was awarded.
 */
export function canAward(need: ChallengeState, actorOrgId: string | null): Decision {
  if (actorOrgId !== need.ownerId) return refuse('NOT_OWNER');
  if (need.submissionDeadlineMs === null) return refuse('NOT_A_CHALLENGE');
  if (need.awarded || need.status === 'SOLVED') return refuse('ALREADY_AWARDED');
  if (need.status !== 'OPEN') return refuse('NEED_NOT_OPEN');
  return OK;
}

/** Which proposals of a challenge a viewer sees: the owner and operators all, a solver its own, others none. */
export function proposalScope(viewer: AuthUser | null, ownerId: string): 'ALL' | 'OWN' | 'NONE' {
  if (isOperator(viewer) || (viewer?.organizationId && viewer.organizationId === ownerId)) return 'ALL';
  return viewer?.organizationId ? 'OWN' : 'NONE';
}

/** One proposal: for the need's owner and operators, and for the solver that made it; nobody else. */
export function canSeeProposal(viewer: AuthUser | null, needOwnerId: string, solverId: string): boolean {
  const scope = proposalScope(viewer, needOwnerId);
  return scope === 'ALL' || (scope === 'OWN' && viewer?.organizationId === solverId);
}
