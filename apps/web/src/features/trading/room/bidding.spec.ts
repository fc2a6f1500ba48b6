import { bidChoices, bidProblem, extendedEnd, latestState, mergeBids } from './bidding';

const terms = { startPrice: '100000', increment: '5000' };

describe('bidChoices', () => {
  it('offers the start price first when nobody has bid', () => {
    expect(bidChoices(terms)).toEqual(['100000.00', '105000.00', '110000.00']);
  });
  it('offers the current price plus one, two, three increments, in fen (no float drift)', () => {
    expect(bidChoices({ startPrice: '0.10', increment: '0.10', currentPrice: '0.20' })).toEqual([
      '0.30',
      '0.40',
      '0.50',
    ]);
    expect(bidChoices({ ...terms, currentPrice: '940000.00' }, 2)).toEqual(['945000.00', '950000.00']);
  });
});

describe('bidProblem', () => {
  it.each([
    ['abc', null, 'INVALID_MONEY'],
    ['1.234', null, 'INVALID_MONEY'],
    ['0', null, 'INVALID_MONEY'],
    ['95000', null, 'BID_TOO_LOW'],
    ['100000', '100000.00', 'BID_TOO_LOW'],
    ['102000', null, 'OFF_INCREMENT'],
    ['107500', '100000.00', 'OFF_INCREMENT'],
    ['100000', null, null],
    ['105000.00', '100000.00', null],
    ['200000', '100000.00', null],
  ])('%s at current price %p → %p', (amount, currentPrice, problem) => {
    expect(bidProblem(amount, { ...terms, currentPrice })).toBe(problem);
  });
});

describe('extendedEnd', () => {
  it('names the new end only when it moved later', () => {
    expect(extendedEnd('2026-12-05T01:00:00Z', '2026-12-05T01:00:30Z')).toBe('2026-12-05T01:00:30Z');
    expect(extendedEnd('2026-12-05T01:00:00Z', '2026-12-05T01:00:00.000Z')).toBeNull();
    expect(extendedEnd(null, '2026-12-05T01:00:00Z')).toBeNull();
  });
});

describe('mergeBids', () => {
  const bid = (id: string, amount: string, createdAt = '2026-12-05T01:00:00Z') => ({
    id,
    paddle: `00${id}`,
    amount,
    createdAt,
  });
  it('keeps each bid once, highest first, up to the limit', () => {
    const log = [bid('2', '105000.00'), bid('1', '100000.00')];
    const merged = mergeBids(log, [bid('3', '110000.00'), bid('2', '105000.00')]);
    expect(merged.map((b) => b.id)).toEqual(['3', '2', '1']);
    expect(mergeBids(merged, [], 2).map((b) => b.id)).toEqual(['3', '2']);
  });
});

describe('latestState', () => {
  const s = (status: string, bidCount: number) => ({ status, bidCount });
  it('takes the pushed state unless the read one is further along', () => {
    expect(latestState(s('OPEN', 1), null)).toEqual(s('OPEN', 1));
    expect(latestState(s('OPEN', 1), s('OPEN', 2))).toEqual(s('OPEN', 2));
    expect(latestState(s('OPEN', 3), s('OPEN', 2))).toEqual(s('OPEN', 3));
    expect(latestState(s('DEALT', 2), s('OPEN', 2))).toEqual(s('DEALT', 2));
    expect(latestState(s('OPEN', 2), s('FAILED', 2))).toEqual(s('FAILED', 2));
  });
});
