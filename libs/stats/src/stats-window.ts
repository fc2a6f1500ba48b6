import { narrowToMarket } from '@techmarket/markets';
import { badInput, checkRegionCode, type MarketScope, regionPrefix } from '@techmarket/shared';

export interface StatsWindow {
  /** GB/T 2260 prefix the counts are limited to ('' for the whole market) */
  prefix: string;
  /** digits of the region key in byRegion: provinces (2) for the market, cities (4) inside a province, counties (6) inside a city */
  regionDigits: 2 | 4 | 6;
  from: Date | null;
  to: Date | null;
  /** an industry market: the field codes its items lie under */
  fields?: readonly string[];
  /** a market that the region does not meet: nothing is in both */
  nothing?: boolean;
}

const digitsOf = (prefix: string): 2 | 4 | 6 => (prefix === '' ? 2 : prefix.length === 2 ? 4 : 6);

/** The filters of `marketStats`, checked: an existing region, and a from before to. */
export function statsWindow(regionCode?: string | null, from?: Date | null, to?: Date | null): StatsWindow {
  const region = regionCode ? checkRegionCode(regionCode, 'regionCode') : null;
  if (from && Number.isNaN(new Date(from).getTime()))
    throw badInput('INVALID_DATE', 'from is not a date', { field: 'from' });
  if (to && Number.isNaN(new Date(to).getTime()))
    throw badInput('INVALID_DATE', 'to is not a date', { field: 'to' });
  if (from && to && new Date(from) >= new Date(to))
    throw badInput('INVALID_RANGE', 'from must be before to', { field: 'from' });
  return {
    prefix: region ? regionPrefix(region) : '',
    regionDigits: digitsOf(region ? regionPrefix(region) : ''),
    from: from ? new Date(from) : null,
    to: to ? new Date(to) : null,
  };
}

/**
 * A window narrowed to a market: a region market's prefix (the inner of it and the window's region, as a
 * region filter reads it), an industry market's field codes, or nothing when the two regions do not meet.
 */
export function inMarket(w: StatsWindow, scope: MarketScope | null): StatsWindow {
  const n = narrowToMarket(scope, w.prefix || null);
  if (!n) return { ...w, nothing: true };
  const prefix = n.regionPrefix ?? '';
  return { ...w, prefix, regionDigits: digitsOf(prefix), ...(n.fieldCodes ? { fields: n.fieldCodes } : {}) };
}
