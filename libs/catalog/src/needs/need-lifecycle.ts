import type { AuthUser } from '@techmarket/shared';
import { NeedStatus as S } from '../common/catalog.enums.js';
import {
  assertOwnerOf,
  canSeeItem,
  nextIn,
  type Transitions,
  type VisibleItem,
} from '../common/lifecycle.js';

export type NeedAction = 'UPDATE' | 'SUBMIT' | 'APPROVE' | 'REJECT' | 'CLOSE';

/** Which status each action leads to from each status; anything not listed is a step out of order. */
const TRANSITIONS: Transitions<NeedAction, S> = {
  // editing an open need takes it back to review, as with achievements
  UPDATE: { [S.DRAFT]: S.DRAFT, [S.REJECTED]: S.DRAFT, [S.OPEN]: S.PENDING_REVIEW },
  SUBMIT: { [S.DRAFT]: S.PENDING_REVIEW, [S.REJECTED]: S.PENDING_REVIEW },
  APPROVE: { [S.PENDING_REVIEW]: S.OPEN },
  REJECT: { [S.PENDING_REVIEW]: S.REJECTED },
  CLOSE: { [S.DRAFT]: S.CLOSED, [S.PENDING_REVIEW]: S.CLOSED, [S.OPEN]: S.CLOSED, [S.REJECTED]: S.CLOSED },
};

export const nextNeedStatus = (action: NeedAction, from: S): S => nextIn('a need', TRANSITIONS, action, from);

/** Open needs are public; a solved one stays readable, since its challenge's proposals point at it. */
export const PUBLIC_NEED_STATUSES: readonly S[] = [S.OPEN, S.SOLVED];

export const canSeeNeed = (user: AuthUser | null, need: VisibleItem<S>): boolean =>
  canSeeItem(user, need, PUBLIC_NEED_STATUSES);

/** Owners edit, submit and close; operators may close too. */
export const assertNeedOwner = (user: AuthUser, need: { ownerId: string }, action: NeedAction): void =>
  assertOwnerOf(user, need, action === 'CLOSE');
