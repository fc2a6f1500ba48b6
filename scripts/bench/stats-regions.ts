import type { Random } from './search-random.js';
import { countiesIn, provinceShare } from './search-regions.js';

/**
 * `n` county codes for the statistics benchmark's organizations: provinces drawn by the same research
 * share as the search benchmark's achievements, half of each province's organizations in its first city
 * (the capital, mostly), the rest anywhere in it.
 */
export function organizationRegions(n: number, random: Random): string[] {
  return Array.from({ length: n }, () => {
    const province = provinceShare.pick(random);
    const all = countiesIn(province);
    const capital = all.filter((c) => c.startsWith(`${province}01`));
    return random.pick(capital.length && random.chance(0.5) ? capital : all);
  });
}
