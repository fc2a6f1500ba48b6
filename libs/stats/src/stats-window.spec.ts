import { inMarket, statsWindow } from './stats-window.js';

describe('the window of market statistics', () => {
  it('is the whole market by province without a region', () => {
    expect(statsWindow()).toEqual({ prefix: '', regionDigits: 2, from: null, to: null });
  });
  it('covers a province by its cities, and a city by its counties', () => {
    expect(statsWindow('220000')).toMatchObject({ prefix: '22', regionDigits: 4 });
    expect(statsWindow('220100')).toMatchObject({ prefix: '2201', regionDigits: 6 });
  });
  it('refuses an unknown region and a window that ends before it starts', () => {
    expect(() => statsWindow('999999')).toThrow(expect.objectContaining({ reason: 'INVALID_REGION_CODE' }));
    expect(() => statsWindow(null, new Date('2026-02-01'), new Date('2026-01-01'))).toThrow(
      expect.objectContaining({ reason: 'INVALID_RANGE' }),
    );
  });
});

describe('a window narrowed to a market', () => {
  it('reads a region market as its region filter, the inner of the two regions when both are given', () => {
    expect(inMarket(statsWindow(), { kind: 'REGION', regionPrefix: '3301' })).toMatchObject({
      prefix: '3301',
      regionDigits: 6,
    });
    expect(inMarket(statsWindow('330106'), { kind: 'REGION', regionPrefix: '33' })).toMatchObject({
      prefix: '330106',
      regionDigits: 6,
    });
    expect(inMarket(statsWindow(), { kind: 'REGION', regionPrefix: '33' })).toMatchObject({
      prefix: '33',
      regionDigits: 4,
    });
    expect(inMarket(statsWindow(), { kind: 'ROOT' })).toEqual(statsWindow());
  });
  it('counts nothing when the market and the region do not meet', () => {
    expect(inMarket(statsWindow('330200'), { kind: 'REGION', regionPrefix: '3301' }).nothing).toBe(true);
  });
  it('keeps an industry market’s fields beside the region', () => {
    expect(inMarket(statsWindow('220000'), { kind: 'INDUSTRY', fieldCodes: ['08'] })).toMatchObject({
      prefix: '22',
      fields: ['08'],
    });
  });
});
