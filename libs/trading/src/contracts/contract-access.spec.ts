import type { AuthUser } from '@techmarket/shared';
import { canSeeContract, sideOf } from './contract-access.js';

const c = { sellerId: 'org-s', buyerId: 'org-b' };
const member = (organizationId: string): AuthUser => ({ id: 'u', role: 'MEMBER', organizationId });

describe('canSeeContract', () => {
  it('lets the two parties and operators see it', () => {
    expect(canSeeContract(member('org-s'), c)).toBe(true);
    expect(canSeeContract(member('org-b'), c)).toBe(true);
    expect(canSeeContract({ id: 'op', role: 'OPERATOR', organizationId: null }, c)).toBe(true);
  });

  it('hides it from anyone else', () => {
    expect(canSeeContract(member('org-x'), c)).toBe(false);
    expect(canSeeContract(null, c)).toBe(false);
    expect(canSeeContract({ id: 'u', role: 'MEMBER', organizationId: null }, c)).toBe(false);
  });
});

describe('sideOf', () => {
  it('names the side an organization signs for', () => {
    expect(sideOf('org-s', c)).toBe('SELLER');
    expect(sideOf('org-b', c)).toBe('BUYER');
    expect(sideOf('org-x', c)).toBeNull();
    expect(sideOf('org-s', { sellerId: 'org-s', buyerId: 'org-s' })).toBe('BOTH');
  });
});
