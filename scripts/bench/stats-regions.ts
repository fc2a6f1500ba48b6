import { areaList } from '@vant/area-data';

/** A seeded generator (mulberry32): two loads of the benchmark database hold the same organizations. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Per mille of organizations by province, roughly as China's research and industry are spread. */
const SHARE: Record<string, number> = {
  '11': 110,
  '32': 100,
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
  '22': 25,
  '13': 18,
};

const provinces = Object.keys(areaList.province_list)
  .map((code) => code.slice(0, 2))
  .filter((p) => !['71', '81', '82'].includes(p));
const named = provinces.reduce((sum, p) => sum + (SHARE[p] ?? 0), 0);
const rest = (1000 - named) / provinces.filter((p) => !(p in SHARE)).length;
const counties = Object.keys(areaList.county_list);

/** A county of the province: half of them in its first city (the capital, mostly), the rest anywhere in it. */
function countyIn(province: string, random: () => number): string {
  const all = counties.filter((c) => c.startsWith(province));
  const capital = all.filter((c) => c.startsWith(`${province}01`));
  const from = capital.length && random() < 0.5 ? capital : all;
  return from[Math.floor(random() * from.length)] ?? `${province}0101`;
}

/** `n` county codes, provinces drawn by their share. */
export function organizationRegions(n: number, random: () => number): string[] {
  const cumulative: number[] = [];
  let sum = 0;
  for (const p of provinces) cumulative.push((sum += SHARE[p] ?? rest));
  return Array.from({ length: n }, () => {
    const x = random() * sum;
    const i = cumulative.findIndex((c) => c > x);
    return countyIn(provinces[i < 0 ? provinces.length - 1 : i], random);
  });
}
