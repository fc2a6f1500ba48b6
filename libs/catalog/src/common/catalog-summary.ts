import type { DataSource } from 'typeorm';
import type { SearchQuery, SearchTable } from './catalog-search.js';
import type { Facets } from './facets.model.js';
import { firstFound, sameSet, SqlParams } from './sql.js';

/**
 * totalCount and facets are exact up to this many matches; beyond it they count the first this many found
 * (in storage order), so that a broad search costs a bounded amount of work: totalCount 10000 then reads
 * "10,000 or more". The plain public listing, everywhere or in one province, is always exact.
 */
export const MATCH_CAP = 10_000;

type Summary = { totalCount: number; facets: Facets };

/** totalCount and facets: from the counts kept for the public catalogue when the query is one of its two
 * plain views (everything, or one province), otherwise over the filtered set in one statement. */
export async function catalogSummary(
  db: DataSource,
  t: SearchTable,
  q: SearchQuery,
  where: (p: SqlParams) => string,
  regionDigits: 2 | 4,
  withFacets = true,
): Promise<Summary> {
  const p = new SqlParams();
  const scope = publicScope(t, q, regionDigits);
  const rows: Array<{ facet: keyof Facets | 'total'; value: string; count: number }> =
    scope === null
      ? await db.query(withFacets ? liveSummary(t, where(p), regionDigits) : liveCount(t, where(p)), p.values)
      : await db.query(
          `select facet, value, count from ${t.publicFacets} where scope = $1 and count > 0 order by 1, 3 desc, 2`,
          [scope],
        );
  const facets: Facets = { fields: [], regions: [], maturity: [], transferModes: [] };
  let totalCount = 0;
  for (const r of rows) {
    if (r.facet === 'total') totalCount = scope === null ? Math.min(r.count, MATCH_CAP) : r.count;
    else facets[r.facet].push({ value: r.value, count: r.count });
  }
  return { totalCount, facets };
}

/** '' (the whole public catalogue) or a province, when the kept counts answer this query exactly. */
export function publicScope(t: SearchTable, q: SearchQuery, regionDigits: 2 | 4): string | null {
  if (!t.publicFacets || q.tokens.length || q.filters(new SqlParams()).length) return null;
  if (!sameSet(q.statuses ?? [], q.publicStatuses ?? [])) return null;
  const region = q.regionPrefix ?? '';
  if (region === '' && regionDigits === 2) return '';
  if (region.length === 2 && regionDigits === 4) return region;
  return null;
}

/** How many match, up to MATCH_CAP + 1: the total without the facets (a workspace, a search box). */
function liveCount(t: SearchTable, where: string): string {
  return `select 'total' as facet, '' as value, ${countUpTo(t, where)} as count`;
}

/** A scalar subquery: how many rows of `t` match `where`, up to MATCH_CAP + 1 (an index-only count). */
export function countUpTo(t: SearchTable, where: string): string {
  return `(select count(*) from (${firstFound(`select t.id from ${t.table} t where ${where}`, MATCH_CAP + 1)}) m)::int`;
}

/** Counts by field (each code and its parent), region, maturity and transfer mode over the first MATCH_CAP
 * matches, and how many there are up to MATCH_CAP + 1. */
function liveSummary(t: SearchTable, where: string, regionDigits: 2 | 4): string {
  const { maturity, transferModes } = t.facets;
  const regionKey =
    regionDigits === 2 ? `left(f.region_code, 2) || '0000'` : `left(f.region_code, 4) || '00'`;
  const columns = ['t.id', 't.region_code', 't.field_codes'];
  const parts = [
    `select 'total' as facet, '' as value, (select count(*) from m)::int as count`,
    `select 'fields', v, count(distinct f.id)::int from f cross join unnest(f.field_codes) c
       cross join lateral (values (c::text), (left(c, 2))) u(v) group by v`,
    `select 'regions', ${regionKey}, count(*)::int from f group by 2`,
  ];
  if (maturity) {
    columns.push(`t.${maturity} as maturity`);
    parts.push(
      `select 'maturity', f.maturity::text, count(*)::int from f where f.maturity is not null group by 2`,
    );
  }
  if (transferModes) {
    columns.push(`t.${transferModes} as modes`);
    parts.push(
      `select 'transferModes', x::text, count(*)::int from f cross join unnest(f.modes) x group by 2`,
    );
  }
  const found = `select ${columns.join(', ')} from ${t.table} t where ${where}`;
  return `with m as materialized (${firstFound(found, MATCH_CAP + 1)}),
          f as (select * from m limit ${MATCH_CAP})
          ${parts.join(' union all ')} order by 1, 3 desc, 2`;
}
