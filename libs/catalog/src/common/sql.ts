import { regionRangeSql } from '@techmarket/markets';

/** Collects positional parameters while a query is assembled: `p.add(value)` returns `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Words of a search, as the text Postgres' `simple` parser reads back into the same tokens. */
export const tsText = (tokens: readonly string[]): string => tokens.join(' ');

/**
 * A region code prefix (2, 4 or 6 digits) as a range of `t.region_code`, which a btree index answers and a
 * bitmap scan can AND with the text index (`like '33%'` can do neither under a non-C collation).
 */
export const regionRange = (p: SqlParams, prefix: string): string =>
  regionRangeSql('t.region_code', prefix, (v) => p.add(v));

/** The words of a search as one province's lexemes ('33/材料' & '33/性能'), for `catalog_province_lexemes`. */
export function provinceTsquery(p: SqlParams, tokens: readonly string[], province: string): string {
  if (!/^\d{2}$/.test(province)) throw new Error(`not a province prefix: ${province}`);
  return `regexp_replace(plainto_tsquery('simple', ${p.add(tsText(tokens))})::text, '''([^'']+)''', ${p.add(`'${province}/\\1'`)}, 'g')::tsquery`;
}

/** Whether two status lists hold the same statuses. */
export const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length > 0 && a.every((s) => b.includes(s)) && b.every((s) => a.includes(s));

/**
 * The first `n` rows a `select …` finds, in no order. Not `limit n`: with a limit the planner reckons a
 * sequential scan stops early, and then reads every row's tsvector from TOAST to test `@@`; a run condition
 * on row_number() stops the scan just as early but is costed as the whole scan, so the index is used.
 */
export const firstFound = (select: string, n: number): string =>
  `select * from (${select.replace(/^\s*select /, 'select row_number() over () as found_, ')}) found
   where found_ <= ${n}`;
