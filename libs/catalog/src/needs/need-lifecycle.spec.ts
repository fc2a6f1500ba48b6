import { NeedStatus as S } from '../common/catalog.enums.js';
import { assertNeedOwner, canSeeNeed, type NeedAction, nextNeedStatus } from './need-lifecycle.js';

const member = (organizationId: string) => ({ id: 'u', role: 'MEMBER' as const, organizationId });
const operator = { id: 'o', role: 'OPERATOR' as const, organizationId: null };

describe('need lifecycle', () => {
  it.each<[NeedAction, S, S]>([
    ['SUBMIT', S.DRAFT, S.PENDING_REVIEW],
    ['SUBMIT', S.REJECTED, S.PENDING_REVIEW],
    ['APPROVE', S.PENDING_REVIEW, S.OPEN],
    ['REJECT', S.PENDING_REVIEW, S.REJECTED],
    ['UPDATE', S.DRAFT, S.DRAFT],
    ['UPDATE', S.OPEN, S.PENDING_REVIEW],
    ['CLOSE', S.OPEN, S.CLOSED],
    ['CLOSE', S.DRAFT, S.CLOSED],
  ])('%s from %s leads to %s', (action, from, to) => expect(nextNeedStatus(action, from)).toBe(to));

  it.each<[NeedAction, S]>([
    ['APPROVE', S.OPEN],
    ['SUBMIT', S.OPEN],
    ['UPDATE', S.CLOSED],
    ['UPDATE', S.SOLVED],
    ['CLOSE', S.CLOSED],
    ['CLOSE', S.SOLVED],
    ['REJECT', S.DRAFT],
  ])('refuses %s from %s as a CONFLICT', (action, from) => {
    expect(() => nextNeedStatus(action, from)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', reason: 'INVALID_STATUS' }),
    );
  });

  it('shows open and solved needs to anyone, the rest to the owner and operators', () => {
    const draft = { status: S.DRAFT, ownerId: 'org-a' };
    expect(canSeeNeed(null, { status: S.OPEN, ownerId: 'org-a' })).toBe(true);
    expect(canSeeNeed(null, { status: S.SOLVED, ownerId: 'org-a' })).toBe(true);
    expect(canSeeNeed(null, draft)).toBe(false);
    expect(canSeeNeed(member('org-b'), draft)).toBe(false);
    expect(canSeeNeed(member('org-a'), draft)).toBe(true);
    expect(canSeeNeed(operator, { status: S.CLOSED, ownerId: 'org-a' })).toBe(true);
  });

  it('lets operators close but not edit another organization’s need', () => {
    expect(() => assertNeedOwner(operator, { ownerId: 'org-a' }, 'CLOSE')).not.toThrow();
    expect(() => assertNeedOwner(operator, { ownerId: 'org-a' }, 'UPDATE')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(() => assertNeedOwner(member('org-b'), { ownerId: 'org-a' }, 'CLOSE')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });
});
