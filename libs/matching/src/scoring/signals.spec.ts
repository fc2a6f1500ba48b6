import { formatYuan } from './labels.js';
import { fieldSignal, maturitySignal, modeSignal, priceSignal, regionSignal } from './signals.js';

describe('fieldSignal', () => {
  const names = { field: (c: string) => ({ '03': '新材料', '0301': '先进金属材料' })[c] };
  it('counts a shared field fully, a shared parent half, no field in common against', () => {
    expect(fieldSignal(['0301'], ['0301', '0502'], names)).toEqual({
      kind: 'FIELD',
      value: 1,
      detail: '同属领域：先进金属材料（0301）',
    });
    expect(fieldSignal(['0301'], ['0302'], names)).toMatchObject({
      value: 0.5,
      detail: '同属大类：新材料（03）',
    });
    expect(fieldSignal(['0301'], ['0502'])?.value).toBeLessThan(0);
  });
  it('says nothing when a side has no field', () => {
    expect(fieldSignal([], ['0301'])).toBeNull();
    expect(fieldSignal(['0301'], [])).toBeNull();
  });
});

describe('maturitySignal', () => {
  it('is for an achievement at or past the least maturity, against one short of it, more the shorter', () => {
    expect(maturitySignal('PILOT', 'INDUSTRIALIZED')?.value).toBe(1);
    expect(maturitySignal('PILOT', 'PILOT')?.value).toBe(1);
    expect(maturitySignal('PILOT', 'PROTOTYPE')).toMatchObject({
      value: -0.5,
      detail: '成熟度小试样机，低于需求的中试',
    });
    expect(maturitySignal('INDUSTRIALIZED', 'LAB')?.value).toBe(-1);
  });
  it('says nothing when either side is unknown', () => {
    expect(maturitySignal(null, 'LAB')).toBeNull();
    expect(maturitySignal('LAB', undefined)).toBeNull();
  });
});

describe('priceSignal', () => {
  it('is neutral (no signal) for a negotiable price or no budget', () => {
    expect(priceSignal(null, '100000', '500000')).toBeNull();
    expect(priceSignal('300000', null, null)).toBeNull();
  });
  it('is for a price within the budget, mildly for one under it, against one over it', () => {
    expect(priceSignal('300000', '100000', '500000')).toEqual({
      kind: 'PRICE',
      value: 1,
      detail: '报价30万元，在预算10万元–50万元内',
    });
    expect(priceSignal('50000', '100000', '500000')?.value).toBe(0.5);
    expect(priceSignal('600000', null, '500000')?.value).toBeCloseTo(-0.2);
    expect(priceSignal('5000000', '100000', '500000')?.value).toBe(-1);
    expect(priceSignal('300000', '100000', null)?.value).toBe(1);
  });
  it('reads amounts as people do', () => {
    expect(formatYuan(800000)).toBe('80万元');
    expect(formatYuan(150000000)).toBe('1.5亿元');
    expect(formatYuan(950)).toBe('950元');
  });
});

describe('modeSignal', () => {
  it('is for a shared mode, against none shared, silent when a side has none', () => {
    expect(modeSignal(['TRANSFER', 'LICENSE'], ['LICENSE'])).toEqual({
      kind: 'MODE',
      value: 1,
      detail: '合作方式一致：许可',
    });
    expect(modeSignal(['TRANSFER'], ['CONSULTING'])?.value).toBeLessThan(0);
    expect(modeSignal([], ['CONSULTING'])).toBeNull();
  });
});

describe('regionSignal', () => {
  const names = { region: (c: string) => ({ '330000': '浙江省', '330100': '杭州市' })[c] };
  it('is for the same city, half for the same province, silent elsewhere or when unknown', () => {
    expect(regionSignal('330106', '330102', names)).toEqual({
      kind: 'REGION',
      value: 1,
      detail: '同城：杭州市',
    });
    expect(regionSignal('330106', '330200', names)).toMatchObject({ value: 0.5, detail: '同省：浙江省' });
    expect(regionSignal('330000', '330100', names)?.value).toBe(0.5);
    expect(regionSignal('330106', '220100')).toBeNull();
    expect(regionSignal(null, '220100')).toBeNull();
  });
});
