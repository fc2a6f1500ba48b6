import { badInput, checkRegionCode, regionLevel, regionPrefix } from '@techmarket/shared';

export interface StatsWindow {
  /** GB/T 2260 prefix the counts are limited to ('' for the whole market) */
  prefix: string;
  /** digits of the region key in byRegion: provinces (2) for the market, cities (4) inside a province, counties (6) inside a city */
  regionDigits: 2 | 4 | 6;
  from: Date | null;
  to: Date | null;
}

/** The filters of `marketStats`, checked: an existing region, and a from before to. */
export function statsWindow(regionCode?: string | null, from?: Date | null, to?: Date | null): StatsWindow {
  const region = regionCode ? checkRegionCode(regionCode, 'regionCode') : null;
  const level = region ? regionLevel(region) : null;
  if (from && Number.isNaN(new Date(from).getTime()))
    throw badInput('INVALID_DATE', 'from is not a date', { field: 'from' });
  if (to && Number.isNaN(new Date(to).getTime()))
    throw badInput('INVALID_DATE', 'to is not a date', { field: 'to' });
  if (from && to && new Date(from) >= new Date(to))
    throw badInput('INVALID_RANGE', 'from must be before to', { field: 'from' });
  return {
    prefix: region ? regionPrefix(region) : '',
    regionDigits: level === 'PROVINCE' ? 4 : level === 'CITY' || level === 'COUNTY' ? 6 : 2,
    from: from ? new Date(from) : null,
    to: to ? new Date(to) : null,
  };
}
