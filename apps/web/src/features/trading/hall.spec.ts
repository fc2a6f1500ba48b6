import { hallClock, nextPage, previousPage, readHallFilters, withFilter, writeHallFilters } from './hall';

describe('hallClock', () => {
  const row = { startsAt: 's', endsAt: 'e', noticeEndsAt: 'n' };
  it.each([
    ['SCHEDULED', { label: '距开始', target: 's' }],
    ['OPEN', { label: '距结束', target: 'e' }],
    ['PUBLIC_NOTICE', { label: '公示剩余', target: 'n' }],
    ['DEALT', null],
    ['FAILED', null],
    ['CANCELLED', null],
  ])('%s counts down to %p', (status, clock) => {
    expect(hallClock({ ...row, status })).toEqual(clock);
  });
  it('has no clock for a notice without its end', () => {
    expect(hallClock({ ...row, noticeEndsAt: null, status: 'PUBLIC_NOTICE' })).toBeNull();
  });
});

describe('the hall URL', () => {
  it('reads mode, status and the page trail, ignoring junk', () => {
    const f = readHallFilters(new URLSearchParams('mode=AUCTION&status=bogus&at=c1&at=c2'));
    expect(f).toEqual({ mode: 'AUCTION', status: null, trail: ['c1', 'c2'] });
  });
  it('round-trips through the URL', () => {
    const f = { mode: 'LISTING' as const, status: 'OPEN' as const, trail: ['a', 'b'] };
    expect(readHallFilters(writeHallFilters(f))).toEqual(f);
    expect(writeHallFilters({ mode: null, status: null, trail: [] }).toString()).toBe('');
  });
  it('pages forward and back, and a changed filter starts at page 1', () => {
    const f = { mode: null, status: null, trail: ['a'] };
    expect(nextPage(f, 'b').trail).toEqual(['a', 'b']);
    expect(previousPage(nextPage(f, 'b'))).toEqual(f);
    expect(previousPage({ ...f, trail: [] }).trail).toEqual([]);
    expect(withFilter(nextPage(f, 'b'), { mode: 'AUCTION' })).toEqual({
      mode: 'AUCTION',
      status: null,
      trail: [],
    });
  });
});
