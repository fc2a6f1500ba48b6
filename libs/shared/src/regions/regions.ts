import { areaList } from '@vant/area-data';
import { badInput } from '../errors/domain-error.js';

/**
 * GB/T 2260 administrative divisions (provinces, cities, counties) from @vant/area-data, a maintained
 * package. A province is xx0000, a city xxyy00, a county xxyyzz.
 */
const names = new Map<string, string>([
  ...Object.entries(areaList.province_list),
  ...Object.entries(areaList.city_list),
  ...Object.entries(areaList.county_list),
]);

export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY';

export const isRegionCode = (code: string): boolean => /^\d{6}$/.test(code) && names.has(code);

export const regionName = (code: string): string | undefined => names.get(code);

export function regionLevel(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'PROVINCE';
  if (code.endsWith('00')) return 'CITY';
  return 'COUNTY';
}

/** The prefix every code inside this region starts with: 330000 → "33", 330100 → "3301". */
export function regionPrefix(code: string): string {
  switch (regionLevel(code)) {
    case 'PROVINCE':
      return code.slice(0, 2);
    case 'CITY':
      return code.slice(0, 4);
    case 'COUNTY':
      return code;
  }
}

/** The province a code lies in: 330106 → 330000. */
export const provinceOf = (code: string): string => `${code.slice(0, 2)}0000`;

export const isWithin = (code: string, region: string): boolean => code.startsWith(regionPrefix(region));

export function checkRegionCode(code: string, field = 'regionCode'): string {
  if (!isRegionCode(code)) {
    throw badInput('INVALID_REGION_CODE', `${field} ${JSON.stringify(code)} is not a GB/T 2260 region code`, {
      field,
    });
  }
  return code;
}
