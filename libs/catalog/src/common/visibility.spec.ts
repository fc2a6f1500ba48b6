import type { AuthUser } from '@techmarket/shared';
import { AchievementStatus as A, NeedStatus as N } from './catalog.enums.js';
import {
  canSeeCatalogItem,
  type CatalogItem,
  viewerOrganization,
  viewerScopes,
  visibleOrNull,
} from './visibility.js';

const member = (organizationId: string | null): AuthUser => ({ id: 'u', role: 'MEMBER', organizationId });
const operator: AuthUser = { id: 'o', role: 'OPERATOR', organizationId: null };
const marketOperator = (regionPrefix: string): AuthUser => ({
  id: 'm',
  role: 'MARKET_OPERATOR',
  organizationId: null,
  scopes: [{ kind: 'REGION', regionPrefix }],
});
const viewers: Array<[string, AuthUser | null, 'OWNER' | 'OPERATOR' | 'OTHER']> = [
  ['anonymous', null, 'OTHER'],
  ['a member without organization', member(null), 'OTHER'],
  ['another member', member('org-other'), 'OTHER'],
  ['the owner', member('org-owner'), 'OWNER'],
  ['an operator', operator, 'OPERATOR'],
  ['an operator of the item’s market', marketOperator('3301'), 'OPERATOR'],
  ['an operator of another market', marketOperator('3302'), 'OTHER'],
];
const located = { ownerId: 'org-owner', regionCode: '330106', fieldCodes: ['0301'] };
const achievement = (status: A): CatalogItem => ({ kind: 'ACHIEVEMENT', status, ...located });
const need = (status: N): CatalogItem => ({ kind: 'NEED', status, ...located });

describe('canSeeCatalogItem', () => {
  const cases: Array<[CatalogItem, boolean]> = [
    [achievement(A.LISTED), true],
    [achievement(A.IN_TRADE), true],
    [achievement(A.DEALT), true],
    [achievement(A.DRAFT), false],
    [achievement(A.PENDING_REVIEW), false], // a new submission or an unreviewed edit of a listed one
    [achievement(A.REJECTED), false],
    [achievement(A.WITHDRAWN), false],
    [need(N.OPEN), true],
    [need(N.SOLVED), true],
    [need(N.DRAFT), false],
    [need(N.PENDING_REVIEW), false],
    [need(N.REJECTED), false],
    [need(N.CLOSED), false],
  ];
  for (const [item, isPublic] of cases)
    for (const [name, viewer, role] of viewers)
      it(`${item.kind} ${item.status}: ${name} ${isPublic || role !== 'OTHER' ? 'sees' : 'does not see'} it`, () =>
        expect(canSeeCatalogItem(viewer, item)).toBe(isPublic || role !== 'OTHER'));
});

describe('visibleOrNull', () => {
  it('answers the item to those who may see it and null to anyone else', () => {
    const draft = { id: 'a1', status: A.DRAFT, ...located };
    expect(visibleOrNull(member('org-owner'), 'ACHIEVEMENT', draft)).toBe(draft);
    expect(visibleOrNull(operator, 'ACHIEVEMENT', draft)).toBe(draft);
    expect(visibleOrNull(member('org-other'), 'ACHIEVEMENT', draft)).toBeNull();
    expect(visibleOrNull(undefined, 'ACHIEVEMENT', draft)).toBeNull();
    expect(visibleOrNull(marketOperator('33'), 'ACHIEVEMENT', draft)).toBe(draft);
    expect(visibleOrNull(marketOperator('3302'), 'ACHIEVEMENT', draft)).toBeNull();
    const closed = { id: 'n1', status: N.CLOSED, ...located };
    expect(visibleOrNull(null, 'NEED', closed)).toBeNull();
    expect(visibleOrNull(null, 'NEED', { ...closed, status: N.OPEN })).toEqual({ ...closed, status: N.OPEN });
    expect(visibleOrNull(operator, 'NEED', null)).toBeNull();
  });
});

describe('viewerOrganization', () => {
  it('is null for operators (every status), the organization for a member, a non-id otherwise', () => {
    expect(viewerOrganization(operator)).toBeNull();
    expect(viewerOrganization(member('org-owner'))).toBe('org-owner');
    expect(viewerOrganization(member(null))).toBe('ANONYMOUS');
    expect(viewerOrganization(null)).toBe('ANONYMOUS');
    expect(viewerOrganization(marketOperator('33'))).toBe('ANONYMOUS');
  });

  it('gives a market operator’s markets beside it, and nobody else’s', () => {
    expect(viewerScopes(marketOperator('33'))).toEqual([{ kind: 'REGION', regionPrefix: '33' }]);
    expect(viewerScopes(operator)).toBeUndefined();
    expect(viewerScopes(member('org-owner'))).toBeUndefined();
  });
});
