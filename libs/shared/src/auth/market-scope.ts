/**
 * What a market (分市场) covers, as every domain reads it: the root market covers everything; a region
 * market every item whose GB/T 2260 code starts with its prefix (a province covers its cities and
 * counties); an industry market every item with a field code under one of its field codes. Membership is
 * always computed from this and an item's own region and fields, never stored.
 */
export type MarketScope =
  | { readonly kind: 'ROOT' }
  | { readonly kind: 'REGION'; readonly regionPrefix: string }
  | { readonly kind: 'INDUSTRY'; readonly fieldCodes: readonly string[] };
