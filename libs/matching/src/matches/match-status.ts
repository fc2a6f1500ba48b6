import { badInput, conflict } from '@techmarket/shared';
import { type DismissReason, MatchStatus as S } from './match.enums.js';

/** What a need's owner may set by hand; DOCKING and DEALT follow from a docking and a deal. */
const BY_HAND: Partial<Record<S, readonly S[]>> = {
  [S.VIEWED]: [S.SUGGESTED, S.DISMISSED],
  [S.DISMISSED]: [S.SUGGESTED, S.VIEWED],
};

/** The status and dismissal reason after `markMatch`, or the refusal. */
export function markedStatus(
  from: S,
  to: S,
  reason: DismissReason | null | undefined,
): { status: S; dismissReason: DismissReason | null } {
  const allowedFrom = BY_HAND[to];
  if (!allowedFrom)
    throw badInput('STATUS_NOT_SETTABLE', `${to} follows from a docking or a deal; it is not set by hand`, {
      field: 'status',
    });
  if (to === S.DISMISSED && !reason)
    throw badInput('REASON_REQUIRED', 'a dismissal says why, so that the other side learns from it', {
      field: 'reason',
    });
  if (to !== S.DISMISSED && reason)
    throw badInput('REASON_NOT_ALLOWED', 'only a dismissal carries a reason', { field: 'reason' });
  if (from === to) return { status: to, dismissReason: reason ?? null };
  if (!allowedFrom.includes(from))
    throw conflict('INVALID_STATUS', `cannot mark a match that is ${from} as ${to}`, { status: from });
  return { status: to, dismissReason: reason ?? null };
}
