import { AchievementStatus as S } from '../common/catalog.enums.js';
import { assertOwner, canSee, nextStatus, type AchievementAction } from './achievement-lifecycle.js';

const member = (organizationId: string) => ({ id: 'u', role: 'MEMBER' as const, organizationId });
const operator = { id: 'o', role: 'OPERATOR' as const, organizationId: null };

describe('achievement lifecycle', () => {
  it.each<[AchievementAction, S, S]>([
    ['SUBMIT', S.DRAFT, S.PENDING_REVIEW],
    ['SUBMIT', S.REJECTED, S.PENDING_REVIEW],
    ['APPROVE', S.PENDING_REVIEW, S.LISTED],
    ['REJECT', S.PENDING_REVIEW, S.REJECTED],
    ['UPDATE', S.DRAFT, S.DRAFT],
    ['UPDATE', S.REJECTED, S.DRAFT],
    ['UPDATE', S.LISTED, S.PENDING_REVIEW],
    ['WITHDRAW', S.LISTED, S.WITHDRAWN],
  ])('%s from %s leads to %s', (action, from, to) => expect(nextStatus(action, from)).toBe(to));

  it.each<[AchievementAction, S]>([
    ['APPROVE', S.DRAFT],
    ['APPROVE', S.LISTED],
    ['SUBMIT', S.PENDING_REVIEW],
    ['SUBMIT', S.LISTED],
    ['UPDATE', S.PENDING_REVIEW],
    ['UPDATE', S.IN_TRADE],
    ['WITHDRAW', S.IN_TRADE],
    ['WITHDRAW', S.WITHDRAWN],
  ])('refuses %s from %s as a CONFLICT', (action, from) => {
    expect(() => nextStatus(action, from)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', reason: 'INVALID_STATUS' }),
    );
  });

  it('shows listed achievements to everyone and the rest to owner and operators only', () => {
    const draft = { status: S.DRAFT, ownerId: 'org1' };
    expect(canSee(null, draft)).toBe(false);
    expect(canSee(member('org2'), draft)).toBe(false);
    expect(canSee(member('org1'), draft)).toBe(true);
    expect(canSee(operator, draft)).toBe(true);
    expect(canSee(null, { status: S.LISTED, ownerId: 'org1' })).toBe(true);
  });

  it('lets only the owner edit, and operators withdraw', () => {
    expect(() => assertOwner(member('org2'), { ownerId: 'org1' }, 'UPDATE')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(() => assertOwner(operator, { ownerId: 'org1' }, 'UPDATE')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(() => assertOwner(operator, { ownerId: 'org1' }, 'WITHDRAW')).not.toThrow();
    expect(() => assertOwner(member('org1'), { ownerId: 'org1' }, 'SUBMIT')).not.toThrow();
  });
});
