import { DomainError } from '@techmarket/shared';

/**
 * What an organization does in the market beyond drafting. As on the anchor platforms (实名认证 before
 * trading), each needs an organization the platform operator has verified.
 */
export type TrustedAction =
  'LIST' | 'CREATE_TRADE_LISTING' | 'REGISTER_FOR_TRADE' | 'BID' | 'OFFER' | 'PROPOSE' | 'SIGN';

const WHAT: Record<TrustedAction, string> = {
  LIST: 'submit items for listing',
  CREATE_TRADE_LISTING: 'put achievements up for trade',
  REGISTER_FOR_TRADE: 'register for a trade',
  BID: 'bid',
  OFFER: 'make or answer offers',
  PROPOSE: 'submit challenge proposals',
  SIGN: 'draw up or sign contracts',
};

/** The refusal of an action by an organization that is not verified (null when it may act). */
export function unverifiedRefusal(
  organization: { verified: boolean } | null | undefined,
  action: TrustedAction,
): DomainError | null {
  if (organization?.verified) return null;
  return new DomainError(
    'FORBIDDEN',
    'ORGANIZATION_UNVERIFIED',
    `Your organization must be verified by the platform operator to ${WHAT[action]}; an unverified organization may only draft`,
    { action },
  );
}
