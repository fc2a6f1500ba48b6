import { noticeOutcome, raiseObjection, resolveObjection } from './public-notice.js';
import { T0 } from './rules.fixtures.js';

const END = T0 + 1_000;

describe('raiseObjection', () => {
  it.each([
    ['during the notice', 'PUBLIC_NOTICE', END, END - 1, { ok: true }],
    ['exactly at its end', 'PUBLIC_NOTICE', END, END, { ok: false, reason: 'NOTICE_NOT_ACTIVE' }],
    ['after the deal', 'DEALT', END, T0, { ok: false, reason: 'NOTICE_NOT_ACTIVE' }],
    ['on an open listing', 'OPEN', null, T0, { ok: false, reason: 'NOTICE_NOT_ACTIVE' }],
  ] as const)('%s', (_n, listingStatus, noticeEndsAtMs, at, expected) => {
    expect(raiseObjection({ listingStatus, noticeEndsAtMs }, at)).toEqual(expected);
  });
});

describe('resolveObjection', () => {
  it('upholding fails the deal at once', () => {
    expect(resolveObjection({ upheld: null }, true, 'PUBLIC_NOTICE')).toEqual({
      ok: true,
      upheld: true,
      listingOutcome: 'FAILED',
    });
  });
  it('dismissing lets the notice run on', () => {
    expect(resolveObjection({ upheld: null }, false, 'PUBLIC_NOTICE')).toEqual({
      ok: true,
      upheld: false,
      listingOutcome: null,
    });
  });
  it.each([
    [{ upheld: false }, 'PUBLIC_NOTICE', 'OBJECTION_ALREADY_RESOLVED'],
    [{ upheld: true }, 'FAILED', 'OBJECTION_ALREADY_RESOLVED'],
    [{ upheld: null }, 'FAILED', 'NOTICE_NOT_ACTIVE'],
  ] as const)('refuses %p on a %s listing', (objection, status, reason) => {
    expect(resolveObjection(objection, true, status)).toEqual({ ok: false, reason });
  });
});

describe('noticeOutcome', () => {
  it.each([
    ['running, no objection', END - 1, [], { outcome: 'PENDING', reason: 'NOTICE_RUNNING' }],
    ['ended, no objection', END, [], { outcome: 'DEALT' }],
    ['ended, all dismissed', END + 5, [{ upheld: false }, { upheld: false }], { outcome: 'DEALT' }],
    [
      'upheld during the notice',
      END - 1,
      [{ upheld: true }],
      { outcome: 'FAILED', reason: 'OBJECTION_UPHELD' },
    ],
    [
      'ended, one upheld',
      END,
      [{ upheld: false }, { upheld: true }],
      { outcome: 'FAILED', reason: 'OBJECTION_UPHELD' },
    ],
    [
      'ended, one unresolved',
      END,
      [{ upheld: null }],
      { outcome: 'PENDING', reason: 'OBJECTIONS_UNRESOLVED' },
    ],
  ] as const)('%s', (_n, now, objections, expected) =>
    expect(noticeOutcome(now, END, objections)).toEqual(expected),
  );
});
