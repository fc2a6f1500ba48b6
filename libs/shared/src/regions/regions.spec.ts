import { checkRegionCode, isRegionCode, isWithin, provinceOf, regionName, regionPrefix } from './regions.js';

describe('GB/T 2260 regions', () => {
  it('knows provinces, cities and counties', () => {
    expect(regionName('330000')).toBe('浙江省');
    expect(regionName('330100')).toBe('杭州市');
    expect(regionName('220000')).toBe('吉林省');
    expect(isRegionCode('330106')).toBe(true);
  });

  it.each(['339900', '123456', '33010', 'abcdef', '3301000', ''])('refuses %p', (code) => {
    expect(isRegionCode(code)).toBe(false);
    expect(() => checkRegionCode(code)).toThrow(/GB\/T 2260/);
  });

  it('lets a province cover its cities and counties', () => {
    expect(regionPrefix('330000')).toBe('33');
    expect(regionPrefix('330100')).toBe('3301');
    expect(regionPrefix('330106')).toBe('330106');
    expect(isWithin('330106', '330000')).toBe(true);
    expect(isWithin('330106', '330100')).toBe(true);
    expect(isWithin('330206', '330100')).toBe(false);
    expect(isWithin('220100', '330000')).toBe(false);
    expect(provinceOf('330106')).toBe('330000');
  });
});
