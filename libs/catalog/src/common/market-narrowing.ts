import { Injectable } from '@nestjs/common';
import { fieldsUnderSql, MarketsService, narrowToMarket } from '@techmarket/markets';
import type { SqlParams } from './sql.js';

/** The `market:` argument of a list: a market's code. */
export const MARKET_ARG = {
  type: () => String,
  nullable: true,
  description: 'a market’s code: only what is in that market now (its region, or its industry fields)',
};

/** Where a catalogue list looks once narrowed to a market (`market:`) and its own region filter. */
export interface Narrowed {
  /** the region prefix both allow, or none */
  regionPrefix: string | null;
  /** an industry market's field codes, or none */
  marketFields: readonly string[] | null;
  /** the market and the region filter do not meet: nothing is in both */
  nothing: boolean;
}

/** The `market:` argument of the catalogue's lists, translated to the region and field filters they have. */
@Injectable()
export class MarketNarrowing {
  constructor(private readonly markets: MarketsService) {}

  async narrow(market: string | null | undefined, regionPrefix: string | null): Promise<Narrowed> {
    const scope = market ? await this.markets.scope(market) : null;
    const n = narrowToMarket(scope, regionPrefix);
    return n
      ? { regionPrefix: n.regionPrefix, marketFields: n.fieldCodes, nothing: false }
      : { regionPrefix: null, marketFields: null, nothing: true };
  }
}

/** Facets by city inside a province, by province otherwise (as the region filter always did). */
export const regionDigitsOf = (n: Pick<Narrowed, 'regionPrefix'>): 2 | 4 =>
  n.regionPrefix?.length === 2 ? 4 : 2;

/** The conditions over `t` beyond the region prefix: an industry market's fields, or nothing at all. */
export function marketConditions(p: SqlParams, n: Partial<Narrowed>): string[] {
  if (n.nothing) return ['false'];
  return n.marketFields ? [fieldsUnderSql('t.field_codes', n.marketFields, (v) => p.add(v))] : [];
}
