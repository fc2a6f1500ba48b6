import { mayOperate } from '@techmarket/markets';
import { type AuthUser, badInput, conflict, forbidden, isAnyOperator, isOperator } from '@techmarket/shared';

/** A review lifecycle as a table: which status each action leads to from each status. */
export type Transitions<A extends string, S extends string> = Record<A, Partial<Record<S, S>>>;

/** The next status, or a CONFLICT naming the step out of order. */
export function nextIn<A extends string, S extends string>(
  noun: string,
  transitions: Transitions<A, S>,
  action: A,
  from: S,
): S {
  const to = transitions[action][from];
  if (!to)
    throw conflict('INVALID_STATUS', `cannot ${action.toLowerCase()} ${noun} that is ${from}`, {
      status: from,
    });
  return to;
}

/** What visibility reads of an item: its status and owner, and its region and fields for market operators. */
export interface VisibleItem<S> {
  status: S;
  ownerId: string;
  regionCode?: string;
  fieldCodes?: readonly string[];
}

/**
 * Public items are for anyone; the rest for the owning organization, root operators, and the operators of
 * the markets they are in (an item whose region and fields are not given is in none).
 */
export const canSeeItem = <S>(
  user: AuthUser | null,
  item: VisibleItem<S>,
  publicStatuses: readonly S[],
): boolean =>
  publicStatuses.includes(item.status) ||
  isOperator(user) ||
  (!!user && user.organizationId === item.ownerId) ||
  (item.regionCode !== undefined &&
    mayOperate(user, [{ regionCode: item.regionCode, fieldCodes: item.fieldCodes ?? [] }]));

/** Only the owning organization's members act on an item (operators only where `operatorMay`). */
export function assertOwnerOf(user: AuthUser, item: { ownerId: string }, operatorMay = false): void {
  if (operatorMay && isOperator(user)) return;
  if (user.organizationId !== item.ownerId)
    throw forbidden('NOT_OWNER', 'Only the owning organization may do this');
}

/**
 * An operator's review: approving needs nothing more, a rejection a comment that tells the owner why.
 * Whether this operator's markets hold the item is asked once the item is read (`requireOperatorReach`).
 */
export function reviewNote(user: AuthUser, approve: boolean, comment?: string | null): string | null {
  if (!isAnyOperator(user)) throw forbidden('OPERATOR_ONLY', 'Only operators review');
  const note = comment?.trim() || null;
  if (!approve && !note)
    throw badInput('COMMENT_REQUIRED', 'A rejection needs a comment that tells the owner why', {
      field: 'comment',
    });
  return note;
}

/** What a caller learns when the item's status moved between reading it and changing it. */
export const statusRaced = (noun: string, id: string) =>
  conflict('STATUS_CHANGED', `The ${noun} changed meanwhile; reload it and try again`, { id });
