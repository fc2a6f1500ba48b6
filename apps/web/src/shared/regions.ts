// Province → city options over GB/T 2260 (@vant/area-data, as the API uses), for an antd Cascader.
import { areaList } from '@vant/area-data';

export interface RegionOption {
  value: string;
  label: string;
  children?: RegionOption[];
}

/** Provinces with their cities (municipalities list their districts' parent codes as cities). */
export function regionOptions(): RegionOption[] {
  const cities = Object.entries(areaList.city_list);
  return Object.entries(areaList.province_list).map(([code, name]) => {
    const children = cities
      .filter(([city]) => city.startsWith(code.slice(0, 2)))
      .map(([value, label]) => ({ value, label }));
    return { value: code, label: name, ...(children.length ? { children } : {}) };
  });
}

export const regionName = (code: string): string | undefined =>
  areaList.city_list[code] ?? areaList.province_list[code] ?? areaList.county_list[code];
