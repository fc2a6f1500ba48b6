import { DomainError } from '@techmarket/shared';
import { type TrustedAction, unverifiedRefusal } from './trust.js';

const ACTIONS: TrustedAction[] = [
  'LIST',
  'CREATE_TRADE_LISTING',
  'REGISTER_FOR_TRADE',
  'BID',
  'OFFER',
  'PROPOSE',
  'SIGN',
];

describe('unverifiedRefusal', () => {
  it.each(ACTIONS)('lets a verified organization %s', (action) => {
    expect(unverifiedRefusal({ verified: true }, action)).toBeNull();
  });

  it.each(ACTIONS)('refuses %s to an unverified or missing organization, naming the action', (action) => {
    for (const organization of [{ verified: false }, null, undefined]) {
      const refusal = unverifiedRefusal(organization, action);
      expect(refusal).toBeInstanceOf(DomainError);
      expect(refusal).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'ORGANIZATION_UNVERIFIED',
        details: { action },
      });
      expect(refusal?.message).toMatch(/verified/);
    }
  });
});
