import { areaList } from '@vant/area-data';
import { Random, Weighted } from './search-random.js';

/**
 * Where listed achievements come from, roughly as China's research output is spread (per mille of the
 * whole by province prefix); provinces not named here share what is left evenly.
 */
const SHARE: Record<string, number> = {
  '11': 120,
  '32': 110,
  '44': 100,
  '33': 80,
  '31': 75,
  '37': 55,
  '42': 50,
  '51': 45,
  '61': 40,
  '12': 30,
  '34': 30,
  '43': 30,
  '41': 30,
  '21': 28,
  '35': 25,
  '50': 22,
  '23': 20,
  '22': 18,
  '13': 18,
};

const counties = Object.keys(areaList.county_list);
const provinces = Object.keys(areaList.province_list)
  .map((code) => code.slice(0, 2))
  .filter((p) => !['71', '81', '82'].includes(p));
const named = Object.values(SHARE).reduce((a, b) => a + b, 0);
const rest = (1000 - named) / provinces.filter((p) => !(p in SHARE)).length;

export const provinceShare = new Weighted(
  provinces,
  provinces.map((p) => SHARE[p] ?? rest),
);

const countiesOf = new Map<string, string[]>();
for (const code of counties) {
  const list = countiesOf.get(code.slice(0, 2)) ?? [];
  list.push(code);
  countiesOf.set(code.slice(0, 2), list);
}

/** A province's county codes (two-digit prefix). */
export const countiesIn = (province: string): string[] => countiesOf.get(province) ?? [`${province}0101`];

/** A county code, its province drawn by research share. */
export function randomCounty(random: Random): string {
  const province = provinceShare.pick(random);
  return random.pick(countiesIn(province));
}
