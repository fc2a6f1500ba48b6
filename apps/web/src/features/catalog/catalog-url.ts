// What a catalogue list shows, read from and written to its URL, so a reload or a shared link gives the
// same page and the back button works.

export interface CatalogSearch {
  /** the words searched for ('' for none) */
  q: string;
  /** a field code prefix */
  field: string | null;
  /** a GB/T 2260 province or city code */
  region: string | null;
  maturity: string[];
  modes: string[];
  /** the cursor of the page shown (null for the first) and its number, from 1 */
  after: string | null;
  page: number;
}

const list = (params: URLSearchParams, key: string): string[] =>
  (params.get(key) ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

export function readCatalogSearch(params: URLSearchParams): CatalogSearch {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const after = params.get('after') || null;
  return {
    q: (params.get('q') ?? '').trim(),
    field: params.get('field') || null,
    region: params.get('region') || null,
    maturity: list(params, 'maturity'),
    modes: list(params, 'modes'),
    after,
    page: after && Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The URL query for a search; empty parts are left out, lists joined by commas. */
export function writeCatalogSearch(s: Partial<CatalogSearch>): URLSearchParams {
  const out = new URLSearchParams();
  if (s.q) out.set('q', s.q);
  if (s.field) out.set('field', s.field);
  if (s.region) out.set('region', s.region);
  if (s.maturity?.length) out.set('maturity', s.maturity.join(','));
  if (s.modes?.length) out.set('modes', s.modes.join(','));
  if (s.after) {
    out.set('after', s.after);
    out.set('page', String(s.page ?? 2));
  }
  return out;
}

/** A change of query or filter starts again from the first page. */
export function withChange(s: CatalogSearch, change: Partial<CatalogSearch>): CatalogSearch {
  return { ...s, ...change, after: null, page: 1 };
}

/** Adds a value to a list filter or takes it out. */
export const toggle = (values: string[], value: string): string[] =>
  values.includes(value) ? values.filter((v) => v !== value) : [...values, value];

/**
 * Region facets come as provinces (no region chosen) or as the cities of the chosen province. Choosing a
 * region replaces the one before; un-choosing a city goes back to its province, a province to none.
 */
export function nextRegion(current: string | null, clicked: string): string | null {
  if (current !== clicked) return clicked;
  const isCity = !clicked.endsWith('0000');
  return isCity ? `${clicked.slice(0, 2)}0000` : null;
}

/** Fields narrow by two digits a level ('03' → '0301'); un-choosing one goes back a level. */
export function nextField(current: string | null, clicked: string): string | null {
  if (current !== clicked) return clicked;
  return clicked.length > 2 ? clicked.slice(0, -2) : null;
}

/** The facet values to offer at the level below the chosen one (top level when none is chosen). */
export function facetLevel(
  values: string[],
  chosen: string | null,
  width: (code: string) => number,
): string[] {
  const depth = chosen ? width(chosen) + 2 : 2;
  return values.filter((v) => width(v) === depth && (!chosen || v.startsWith(chosen.slice(0, depth - 2))));
}
