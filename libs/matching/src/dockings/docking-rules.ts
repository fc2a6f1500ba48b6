import { badInput, conflict, forbidden } from '@techmarket/shared';
import { DockingStatus } from './docking.entity.js';

/** What a docking request is about, once its ids are resolved to rows the requester may see. */
export interface DockingSubject {
  requesterOrgId: string;
  match?: { needOwnerId: string; achievementOwnerId: string | null; expertOrgId: string | null } | null;
  achievement?: { ownerId: string } | null;
  expert?: { organizationId: string | null } | null;
  need?: { ownerId: string } | null;
}

/**
 * The organization a docking goes to. From a match, the other side of it. Directly, the owner of the
 * achievement or the expert's organization (a need named beside them must be the requester's own), or
 * the owner of a need when only a need is named.
 */
export function dockingTarget(s: DockingSubject): string {
  let target: string | null;
  if (s.match) {
    const supply = s.match.achievementOwnerId ?? s.match.expertOrgId;
    if (s.requesterOrgId === s.match.needOwnerId) target = supply;
    else if (s.requesterOrgId === supply) target = s.match.needOwnerId;
    else throw forbidden('NOT_A_PARTY', 'Only the two sides of a match dock from it');
  } else if (s.achievement || s.expert) {
    if (s.need && s.need.ownerId !== s.requesterOrgId)
      throw badInput('NOT_YOUR_NEED', 'a need named beside an achievement or expert must be your own', {
        field: 'needId',
      });
    target = s.achievement ? s.achievement.ownerId : (s.expert?.organizationId ?? null);
  } else if (s.need) {
    target = s.need.ownerId;
  } else {
    throw badInput('SUBJECT_REQUIRED', 'name a match, an achievement, an expert or a need', {
      field: 'input',
    });
  }
  if (!target)
    throw badInput('NO_ORGANIZATION', 'this expert belongs to no organization to dock with', {
      field: 'expertId',
    });
  if (target === s.requesterOrgId)
    throw badInput('OWN_ITEM', 'an organization does not dock with itself', { field: 'input' });
  return target;
}

/** Either party closes a docking, while it is still requested or accepted. */
export function checkClose(
  docking: { status: DockingStatus; requesterId: string; targetId: string },
  closingOrgId: string | null,
): void {
  if (!closingOrgId || ![docking.requesterId, docking.targetId].includes(closingOrgId))
    throw forbidden('NOT_A_PARTY', 'Only the two sides of a docking close it');
  if (docking.status !== DockingStatus.REQUESTED && docking.status !== DockingStatus.ACCEPTED)
    throw conflict('DOCKING_ENDED', `the docking is already ${docking.status}`, { status: docking.status });
}

/** Only the target answers, and only once. */
export function checkAnswer(
  docking: { status: DockingStatus; targetId: string },
  answeringOrgId: string | null,
): void {
  if (docking.targetId !== answeringOrgId)
    throw forbidden('NOT_TARGET', 'Only the organization asked answers a docking');
  if (docking.status !== DockingStatus.REQUESTED)
    throw conflict('ALREADY_ANSWERED', `the docking is already ${docking.status}`, {
      status: docking.status,
    });
}
