import type { MarketScope } from '@techmarket/shared';

/** What a market's scope is read from: an item's own region and fields. */
export interface ScopedItem {
  readonly regionCode: string | null;
  readonly fieldCodes: readonly string[];
}

/** The market row's scope columns. */
export interface MarketScopeColumns {
  readonly code: string;
  readonly parentCode: string | null;
  readonly regionCode: string | null;
  readonly fieldCodes: readonly string[];
}

export const ROOT_MARKET = 'root';

/** The prefix every code inside a GB/T 2260 region starts with: 330000 → 33, 330100 → 3301, 330106 → 330106. */
export function regionPrefixOf(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

export function scopeOf(m: MarketScopeColumns): MarketScope {
  if (m.parentCode === null) return { kind: 'ROOT' };
  if (m.regionCode) return { kind: 'REGION', regionPrefix: regionPrefixOf(m.regionCode) };
  return { kind: 'INDUSTRY', fieldCodes: [...m.fieldCodes] };
}

/** Whether an item is in a market: computed from the item's region and fields as they are now. */
export function covers(scope: MarketScope, item: ScopedItem): boolean {
  switch (scope.kind) {
    case 'ROOT':
      return true;
    case 'REGION':
      return !!item.regionCode && item.regionCode.startsWith(scope.regionPrefix);
    case 'INDUSTRY':
      return item.fieldCodes.some((f) => scope.fieldCodes.some((m) => f.startsWith(m)));
  }
}

/**
 * How specific a scope is, for "the most specific market covering": a county (3) before a city (2) before
 * a province (1), industry markets (1, as a province) after them by order, the root (0) last.
 */
export function specificity(scope: MarketScope): number {
  switch (scope.kind) {
    case 'ROOT':
      return 0;
    case 'REGION':
      return scope.regionPrefix.length / 2;
    case 'INDUSTRY':
      return 0.5;
  }
}

/**
 * A list narrowed to a market and to a region filter at once: the longer of two nested region prefixes,
 * or null when they do not meet (nothing can be in both). Either may be absent.
 */
function narrowRegion(
  marketPrefix: string | null,
  filterPrefix: string | null,
): { prefix: string | null } | null {
  if (!marketPrefix || !filterPrefix) return { prefix: marketPrefix ?? filterPrefix };
  if (filterPrefix.startsWith(marketPrefix)) return { prefix: filterPrefix };
  if (marketPrefix.startsWith(filterPrefix)) return { prefix: marketPrefix };
  return null;
}

/** Where a list narrowed to a market looks: a region prefix and an industry market's field codes. */
export interface Narrowed {
  readonly regionPrefix: string | null;
  readonly fieldCodes: readonly string[] | null;
}

/**
 * A list's region filter (a prefix, or none) narrowed to a market: a region market's prefix and the
 * filter's, the inner of the two when nested; an industry market's field codes beside the filter's region.
 * Null when the market and the filter do not meet, so that nothing can be in both.
 */
export function narrowToMarket(scope: MarketScope | null, regionPrefix: string | null): Narrowed | null {
  if (!scope || scope.kind === 'ROOT') return { regionPrefix, fieldCodes: null };
  if (scope.kind === 'INDUSTRY') return { regionPrefix, fieldCodes: scope.fieldCodes };
  const region = narrowRegion(scope.regionPrefix, regionPrefix);
  return region && { regionPrefix: region.prefix, fieldCodes: null };
}

/** Collects a statement's positional parameters: `add(value)` returns its `$n`. */
export type AddParam = (value: unknown) => string;

/**
 * A region code prefix (2, 4 or 6 digits) as a range of `column`, which a btree index answers and a bitmap
 * scan can AND with other indexes (`like '33%'` can do neither under a non-C collation).
 */
export function regionRangeSql(column: string, prefix: string, add: AddParam): string {
  if (!/^\d{2}(\d{2}){0,2}$/.test(prefix)) throw new Error(`not a region prefix: ${prefix}`);
  if (prefix.length === 6) return `${column} = ${add(prefix)}`;
  const next = String(Number(prefix) + 1).padStart(prefix.length, '0');
  return `${column} >= ${add(prefix)} and ${column} < ${add(next)}`;
}

/** Some of the field codes in `column` (a text[]) lies under one of `codes`. */
export function fieldsUnderSql(column: string, codes: readonly string[], add: AddParam): string {
  if (!codes.length || codes.some((c) => !/^\d{1,8}$/.test(c))) throw new Error(`not field codes: ${codes}`);
  return `exists (select 1 from unnest(${column}) f where f like any(${add(codes.map((c) => `${c}%`))}::text[]))`;
}

/** `covers` as a SQL condition over an item's region and field columns. */
export function scopeSql(
  scope: MarketScope,
  columns: { region: string; fields: string },
  add: AddParam,
): string {
  switch (scope.kind) {
    case 'ROOT':
      return 'true';
    case 'REGION':
      return `(${regionRangeSql(columns.region, scope.regionPrefix, add)})`;
    case 'INDUSTRY':
      return fieldsUnderSql(columns.fields, scope.fieldCodes, add);
  }
}

/** In any of the scopes (false for none). */
export const anyScopeSql = (
  scopes: readonly MarketScope[],
  columns: { region: string; fields: string },
  add: AddParam,
): string => (scopes.length ? `(${scopes.map((s) => scopeSql(s, columns, add)).join(' or ')})` : 'false');
