import { type AuthUser, forbidden, isAnyOperator } from '@techmarket/shared';
import { covers, type ScopedItem } from '../scope/market-scope.js';

/**
 * May this operator act on this item (review it, confirm a deposit on it, decide an objection to it,
 * register its contract, assign a broker to it)? A root operator everywhere; a market operator when
 * one of its markets covers the item (any of them, for something about several items, as a docking
 * between a need and an achievement); anyone else never.
 */
export function mayOperate(user: AuthUser | null | undefined, items: readonly ScopedItem[]): boolean {
  if (user?.role === 'OPERATOR') return true;
  if (user?.role !== 'MARKET_OPERATOR') return false;
  const scopes = user.scopes ?? [];
  return items.some((item) => scopes.some((scope) => covers(scope, item)));
}

/**
 * `mayOperate`, or the refusal: FORBIDDEN `OPERATOR_ONLY` for a member or a visitor, FORBIDDEN
 * `OUTSIDE_MARKET` for a market operator whose markets do not cover the item.
 */
export function requireOperatorReach(
  user: AuthUser | null | undefined,
  items: readonly ScopedItem[],
  what: string,
): void {
  if (!isAnyOperator(user)) throw forbidden('OPERATOR_ONLY', `Only operators ${what}`);
  if (!mayOperate(user, items))
    throw forbidden('OUTSIDE_MARKET', `This is outside your markets: their operators ${what}`);
}
