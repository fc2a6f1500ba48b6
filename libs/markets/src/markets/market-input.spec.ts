import { checkMarketInput } from './market-input.js';

const reasonOf = (f: () => unknown) => {
  try {
    f();
    return null;
  } catch (e) {
    return (e as { reason: string }).reason;
  }
};

describe('checkMarketInput', () => {
  it('takes a region market and an industry market', () => {
    expect(checkMarketInput({ code: 'hangzhou', name: ' 杭州分市场 ', regionCode: '330100' })).toEqual({
      code: 'hangzhou',
      name: '杭州分市场',
      introduction: '',
      regionCode: '330100',
      fieldCodes: [],
    });
    expect(
      checkMarketInput({
        code: 'carbon',
        name: '碳中和',
        introduction: '双碳',
        fieldCodes: ['0705', '06', '0601', '06'],
      }),
    ).toMatchObject({ regionCode: null, fieldCodes: ['06', '0705'] });
  });

  it('refuses a market with no scope or with both', () => {
    expect(reasonOf(() => checkMarketInput({ code: 'x1', name: 'x' }))).toBe('SCOPE_REQUIRED');
    expect(
      reasonOf(() => checkMarketInput({ code: 'x1', name: 'x', regionCode: '330100', fieldCodes: ['08'] })),
    ).toBe('SCOPE_REQUIRED');
  });

  it('refuses bad codes, names, regions and fields by name', () => {
    expect(reasonOf(() => checkMarketInput({ code: 'Hangzhou', name: 'x', regionCode: '330100' }))).toBe(
      'INVALID_MARKET_CODE',
    );
    expect(reasonOf(() => checkMarketInput({ code: 'h', name: 'x', regionCode: '330100' }))).toBe(
      'INVALID_MARKET_CODE',
    );
    expect(reasonOf(() => checkMarketInput({ code: 'hz', name: ' ', regionCode: '330100' }))).toBe(
      'NAME_REQUIRED',
    );
    expect(
      reasonOf(() => checkMarketInput({ code: 'hz', name: 'x'.repeat(101), regionCode: '330100' })),
    ).toBe('NAME_TOO_LONG');
    expect(reasonOf(() => checkMarketInput({ code: 'hz', name: 'x', regionCode: '339999' }))).toBe(
      'INVALID_REGION_CODE',
    );
    expect(reasonOf(() => checkMarketInput({ code: 'hz', name: 'x', fieldCodes: ['0%'] }))).toBe(
      'INVALID_FIELD_CODE',
    );
    expect(
      reasonOf(() =>
        checkMarketInput({ code: 'hz', name: 'x', introduction: 'x'.repeat(2001), regionCode: '330100' }),
      ),
    ).toBe('INTRODUCTION_TOO_LONG');
  });
});
