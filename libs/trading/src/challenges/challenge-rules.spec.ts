import type { AuthUser } from '@techmarket/shared';
import {
  CHALLENGE_REASON_CODES,
  canAward,
  canSubmitProposal,
  challengeError,
  type ChallengeState,
  canSeeProposal,
  proposalScope,
} from './challenge-rules.js';

const NOW = Date.parse('2026-03-01T00:00:00Z');
const need = (over: Partial<ChallengeState> = {}): ChallengeState => ({
  status: 'OPEN',
  ownerId: 'org-owner',
  submissionDeadlineMs: NOW + 1000,
  awarded: false,
  ...over,
});

describe('canSubmitProposal', () => {
  it('accepts another organization before the deadline', () => {
    expect(canSubmitProposal(need(), 'org-solver', NOW)).toEqual({ ok: true });
    expect(canSubmitProposal(need(), 'org-solver', NOW + 999)).toEqual({ ok: true });
  });

  it.each([
    ['the owner itself', need(), 'org-owner', NOW, 'OWN_CHALLENGE'],
    ['a need without challenge', need({ submissionDeadlineMs: null }), 'org-solver', NOW, 'NOT_A_CHALLENGE'],
    ['a need under review', need({ status: 'PENDING_REVIEW' }), 'org-solver', NOW, 'NEED_NOT_OPEN'],
    ['a closed need', need({ status: 'CLOSED' }), 'org-solver', NOW, 'NEED_NOT_OPEN'],
    ['an awarded need', need({ status: 'SOLVED', awarded: true }), 'org-solver', NOW, 'ALREADY_AWARDED'],
    ['exactly at the deadline', need(), 'org-solver', NOW + 1000, 'SUBMISSION_CLOSED'],
    ['after the deadline', need(), 'org-solver', NOW + 5000, 'SUBMISSION_CLOSED'],
  ])('refuses %s', (_n, state, solver, at, reason) => {
    expect(canSubmitProposal(state, solver, at)).toEqual({ ok: false, reason });
  });
});

describe('canAward', () => {
  it('lets the owner award an open challenge, before or after the deadline', () => {
    expect(canAward(need(), 'org-owner')).toEqual({ ok: true });
    expect(canAward(need({ submissionDeadlineMs: NOW - 1 }), 'org-owner')).toEqual({ ok: true });
  });

  it.each([
    ['another organization', need(), 'org-solver', 'NOT_OWNER'],
    ['an operator (no organization)', need(), null, 'NOT_OWNER'],
    ['a need without challenge', need({ submissionDeadlineMs: null }), 'org-owner', 'NOT_A_CHALLENGE'],
    ['a second time', need({ status: 'SOLVED', awarded: true }), 'org-owner', 'ALREADY_AWARDED'],
    ['an awarded proposal on an open need', need({ awarded: true }), 'org-owner', 'ALREADY_AWARDED'],
    ['a closed need', need({ status: 'CLOSED' }), 'org-owner', 'NEED_NOT_OPEN'],
  ])('refuses %s', (_n, state, actor, reason) => {
    expect(canAward(state, actor)).toEqual({ ok: false, reason });
  });
});

describe('proposalScope', () => {
  const member = (organizationId: string | null): AuthUser => ({ id: 'u', role: 'MEMBER', organizationId });
  it('shows all to the owner and operators, its own to a solver, none to anonymous visitors', () => {
    expect(proposalScope(member('org-owner'), 'org-owner')).toBe('ALL');
    expect(proposalScope({ id: 'op', role: 'OPERATOR', organizationId: null }, 'org-owner')).toBe('ALL');
    expect(proposalScope(member('org-solver'), 'org-owner')).toBe('OWN');
    expect(proposalScope(null, 'org-owner')).toBe('NONE');
    expect(proposalScope(member(null), 'org-owner')).toBe('NONE');
  });
});

describe('canSeeProposal', () => {
  const member = (organizationId: string | null): AuthUser => ({ id: 'u', role: 'MEMBER', organizationId });
  it('shows a proposal to the need’s owner, operators and its own solver only', () => {
    expect(canSeeProposal(member('org-owner'), 'org-owner', 'org-solver')).toBe(true);
    expect(
      canSeeProposal({ id: 'op', role: 'OPERATOR', organizationId: null }, 'org-owner', 'org-solver'),
    ).toBe(true);
    expect(canSeeProposal(member('org-solver'), 'org-owner', 'org-solver')).toBe(true);
    expect(canSeeProposal(member('org-other'), 'org-owner', 'org-solver')).toBe(false);
    expect(canSeeProposal(member(null), 'org-owner', 'org-solver')).toBe(false);
    expect(canSeeProposal(null, 'org-owner', 'org-solver')).toBe(false);
  });
});

describe('challengeError', () => {
  it('maps each refusal to its API code', () => {
    expect(challengeError('SUBMISSION_CLOSED')).toMatchObject({
      code: 'CONFLICT',
      reason: 'SUBMISSION_CLOSED',
    });
    expect(challengeError('OWN_CHALLENGE')).toMatchObject({ code: 'FORBIDDEN' });
    expect(Object.keys(CHALLENGE_REASON_CODES)).toHaveLength(7);
  });
});
