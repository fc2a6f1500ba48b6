import type { AuthUser } from '@techmarket/shared';
import { AchievementStatus as S } from '../common/catalog.enums.js';
import {
  assertOwnerOf,
  canSeeItem,
  nextIn,
  type Transitions,
  type VisibleItem,
} from '../common/lifecycle.js';

export type AchievementAction = 'UPDATE' | 'SUBMIT' | 'APPROVE' | 'REJECT' | 'WITHDRAW';

/** Which status each action leads to from each status; anything not listed is a step out of order. */
const TRANSITIONS: Transitions<AchievementAction, S> = {
  // editing a listed achievement takes it back to review: what the public sees was reviewed
  UPDATE: { [S.DRAFT]: S.DRAFT, [S.REJECTED]: S.DRAFT, [S.LISTED]: S.PENDING_REVIEW },
  SUBMIT: { [S.DRAFT]: S.PENDING_REVIEW, [S.REJECTED]: S.PENDING_REVIEW },
  APPROVE: { [S.PENDING_REVIEW]: S.LISTED },
  REJECT: { [S.PENDING_REVIEW]: S.REJECTED },
  WITHDRAW: {
    [S.DRAFT]: S.WITHDRAWN,
    [S.PENDING_REVIEW]: S.WITHDRAWN,
    [S.LISTED]: S.WITHDRAWN,
    [S.REJECTED]: S.WITHDRAWN,
  },
};

export const nextStatus = (action: AchievementAction, from: S): S =>
  nextIn('an achievement', TRANSITIONS, action, from);

/** Statuses anyone may see; the rest only the owning organization and operators. */
export const PUBLIC_STATUSES: readonly S[] = [S.LISTED, S.IN_TRADE, S.DEALT];

export const isPublic = (status: S): boolean => PUBLIC_STATUSES.includes(status);

export const canSee = (user: AuthUser | null, item: VisibleItem<S>): boolean =>
  canSeeItem(user, item, PUBLIC_STATUSES);

/** Editing, submitting and withdrawing are for the owning organization's members (operators may withdraw). */
export const assertOwner = (user: AuthUser, item: { ownerId: string }, action: AchievementAction): void =>
  assertOwnerOf(user, item, action === 'WITHDRAW');
