import { type AuthUser, isOperator } from '@techmarket/shared';

/** A contract is seen by its two parties and by operators; anyone else learns nothing of it. */
export const canSeeContract = (
  user: AuthUser | null | undefined,
  c: { readonly sellerId: string; readonly buyerId: string },
): boolean =>
  isOperator(user) ||
  (!!user?.organizationId && (user.organizationId === c.sellerId || user.organizationId === c.buyerId));

/** Which side an organization signs for: both when it is on both sides (possible for deals, not offline). */
export function sideOf(
  orgId: string,
  c: { readonly sellerId: string; readonly buyerId: string },
): 'SELLER' | 'BUYER' | 'BOTH' | null {
  if (orgId === c.sellerId) return orgId === c.buyerId ? 'BOTH' : 'SELLER';
  return orgId === c.buyerId ? 'BUYER' : null;
}
