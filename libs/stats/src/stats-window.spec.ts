import { statsWindow } from './stats-window.js';

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
