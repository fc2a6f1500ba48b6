import { DismissReason, MatchStatus as S } from './match.enums.js';
import { markedStatus } from './match-status.js';

describe('marking a match', () => {
  it.each([
    [S.SUGGESTED, S.VIEWED, undefined, S.VIEWED],
    [S.SUGGESTED, S.DISMISSED, DismissReason.PRICE, S.DISMISSED],
    [S.VIEWED, S.DISMISSED, DismissReason.TOO_EARLY_STAGE, S.DISMISSED],
    [S.DISMISSED, S.VIEWED, undefined, S.VIEWED],
    [S.VIEWED, S.VIEWED, undefined, S.VIEWED],
  ])('%s → %s (%s)', (from, to, reason, expected) => {
    expect(markedStatus(from, to, reason).status).toBe(expected);
  });

  it('keeps the reason of a dismissal and clears it otherwise', () => {
    expect(markedStatus(S.SUGGESTED, S.DISMISSED, DismissReason.REGION).dismissReason).toBe('REGION');
    expect(markedStatus(S.DISMISSED, S.VIEWED, null).dismissReason).toBeNull();
  });

  it.each([
    [S.SUGGESTED, S.DOCKING, undefined, 'STATUS_NOT_SETTABLE'],
    [S.SUGGESTED, S.DEALT, undefined, 'STATUS_NOT_SETTABLE'],
    [S.SUGGESTED, S.SUGGESTED, undefined, 'STATUS_NOT_SETTABLE'],
    [S.SUGGESTED, S.DISMISSED, undefined, 'REASON_REQUIRED'],
    [S.SUGGESTED, S.VIEWED, DismissReason.PRICE, 'REASON_NOT_ALLOWED'],
    [S.DOCKING, S.DISMISSED, DismissReason.PRICE, 'INVALID_STATUS'],
    [S.DEALT, S.VIEWED, undefined, 'INVALID_STATUS'],
  ])('refuses %s → %s (%s) with %s', (from, to, reason, expected) => {
    expect(() => markedStatus(from, to, reason)).toThrow(expect.objectContaining({ reason: expected }));
  });
});
