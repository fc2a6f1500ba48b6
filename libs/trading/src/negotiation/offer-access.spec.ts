import type { AuthUser } from '@techmarket/shared';
import { offerScope } from './offer-access.js';

const member = (organizationId: string | null): AuthUser => ({ id: 'u', role: 'MEMBER', organizationId });

describe('offerScope', () => {
  it('shows every offer to the seller and operators, its own to a buyer, none to anyone else', () => {
    expect(offerScope(member('org-seller'), 'org-seller')).toBe('ALL');
    expect(offerScope({ id: 'op', role: 'OPERATOR', organizationId: null }, 'org-seller')).toBe('ALL');
    expect(offerScope(member('org-buyer'), 'org-seller')).toBe('OWN');
    expect(offerScope(member(null), 'org-seller')).toBe('NONE');
    expect(offerScope(null, 'org-seller')).toBe('NONE');
  });
});
