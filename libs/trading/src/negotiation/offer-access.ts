import { type AuthUser, isOperator } from '@techmarket/shared';

/** Which offers of a listing a viewer sees: the seller and operators all, a buying organization its own, others none. */
export function offerScope(viewer: AuthUser | null, sellerId: string): 'ALL' | 'OWN' | 'NONE' {
  if (isOperator(viewer) || (!!viewer?.organizationId && viewer.organizationId === sellerId)) return 'ALL';
  return viewer?.organizationId ? 'OWN' : 'NONE';
}
