import { DockingStatus } from './docking.entity.js';
import { checkAnswer, checkClose, dockingTarget } from './docking-rules.js';

const match = { needOwnerId: 'ent', achievementOwnerId: 'uni', expertOrgId: null };

describe('who a docking goes to', () => {
  it.each([
    ['the need owner from a match', { requesterOrgId: 'ent', match }, 'uni'],
    ['the achievement owner from a match', { requesterOrgId: 'uni', match }, 'ent'],
    [
      'an expert’s organization from an expert match',
      { requesterOrgId: 'ent', match: { ...match, achievementOwnerId: null, expertOrgId: 'inst' } },
      'inst',
    ],
    ['an achievement directly', { requesterOrgId: 'ent', achievement: { ownerId: 'uni' } }, 'uni'],
    [
      'an achievement for one of my needs',
      { requesterOrgId: 'ent', achievement: { ownerId: 'uni' }, need: { ownerId: 'ent' } },
      'uni',
    ],
    ['an expert directly', { requesterOrgId: 'ent', expert: { organizationId: 'inst' } }, 'inst'],
    ['a need directly', { requesterOrgId: 'uni', need: { ownerId: 'ent' } }, 'ent'],
  ])('%s', (_label, subject, target) => expect(dockingTarget(subject)).toBe(target));

  it.each([
    ['a stranger to the match', { requesterOrgId: 'other', match }, 'NOT_A_PARTY'],
    ['nothing named', { requesterOrgId: 'ent' }, 'SUBJECT_REQUIRED'],
    ['my own achievement', { requesterOrgId: 'uni', achievement: { ownerId: 'uni' } }, 'OWN_ITEM'],
    [
      'someone else’s need beside an achievement',
      { requesterOrgId: 'ent', achievement: { ownerId: 'uni' }, need: { ownerId: 'x' } },
      'NOT_YOUR_NEED',
    ],
    [
      'an expert of no organization',
      { requesterOrgId: 'ent', expert: { organizationId: null } },
      'NO_ORGANIZATION',
    ],
  ])('refuses %s', (_label, subject, reason) => {
    expect(() => dockingTarget(subject)).toThrow(expect.objectContaining({ reason }));
  });
});

describe('answering a docking', () => {
  it('is for the target, once', () => {
    expect(() => checkAnswer({ status: DockingStatus.REQUESTED, targetId: 'uni' }, 'uni')).not.toThrow();
    expect(() => checkAnswer({ status: DockingStatus.REQUESTED, targetId: 'uni' }, 'ent')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', reason: 'NOT_TARGET' }),
    );
    expect(() => checkAnswer({ status: DockingStatus.ACCEPTED, targetId: 'uni' }, 'uni')).toThrow(
      expect.objectContaining({ code: 'CONFLICT', reason: 'ALREADY_ANSWERED' }),
    );
  });
});

describe('closing a docking', () => {
  const live = (status: DockingStatus) => ({ status, requesterId: 'ent', targetId: 'uni' });
  it.each([DockingStatus.REQUESTED, DockingStatus.ACCEPTED])('either party closes one %s', (status) => {
    expect(() => checkClose(live(status), 'ent')).not.toThrow();
    expect(() => checkClose(live(status), 'uni')).not.toThrow();
  });
  it('is for the two parties only', () => {
    for (const org of ['other', null])
      expect(() => checkClose(live(DockingStatus.ACCEPTED), org)).toThrow(
        expect.objectContaining({ code: 'FORBIDDEN', reason: 'NOT_A_PARTY' }),
      );
  });
  it.each([DockingStatus.DECLINED, DockingStatus.CLOSED])('refuses one already %s', (status) => {
    expect(() => checkClose(live(status), 'ent')).toThrow(
      expect.objectContaining({ code: 'CONFLICT', reason: 'DOCKING_ENDED' }),
    );
  });
});
