import { regionPath } from './region-name';
import { regionName } from './regions';

describe('regionPath', () => {
  it('names the province, city and county of a code once each', () => {
    expect(regionPath('330106', regionName)).toBe('浙江省 杭州市 西湖区');
    expect(regionPath('330100', regionName)).toBe('浙江省 杭州市');
    expect(regionPath('330000', regionName)).toBe('浙江省');
    expect(regionPath('999999', regionName)).toBe('999999');
  });
});
