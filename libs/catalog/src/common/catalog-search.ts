import type { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, toConnection } from '@techmarket/shared';
import type { Facets } from './facets.model.js';
import { SqlParams, tsText } from './sql.js';

/** How one catalogue table is searched: the alias is always `t`. */
export interface SearchTable {
  table: string;
  /** select list over `t`, with camelCase aliases */
  columns: string;
  /** the Postgres enum of its status column; absent for tables without a lifecycle (experts) */
  statusType?: string;
  /** the column naming the owning organization, for "public, or mine" visibility */
  ownerColumn?: string;
  facets: { maturity?: string; transferModes?: string };
}

export interface SearchQuery {
  /** query words (jieba's coarse cut): every one must be found */
  tokens: string[];
  statuses?: readonly string[];
  publicStatuses?: readonly string[];
  /** null: sees everything (operators); 'ANONYMOUS': public only; an id: public or this organization's */
  viewer?: string | null | 'ANONYMOUS';
  /** further conditions over `t`, their values added to `p` */
  filters: (p: SqlParams) => string[];
}

export interface SearchRow {
  id: string;
  createdAt: Date | string;
  rank: string | null;
}

interface After {
  rank: string | null;
  createdAt: string;
  id: string;
}

/** The shared search of achievements, needs and experts: jieba tokens in a weighted tsvector with a
 * GIN index, relevance then recency, keyset cursors, totalCount and facets over the filtered set. */
export class CatalogSearch<Row extends SearchRow> {
  constructor(
    private readonly db: DataSource,
    private readonly t: SearchTable,
  ) {}

  /** One page with its total and facets, as a connection; `regionDigits` picks province or city facets. */
  async connection(q: SearchQuery, first: number, after: string | null | undefined, regionDigits: 2 | 4) {
    const cursor = decodeCursor(after, 3);
    const start = cursor
      ? {
          rank: cursor[0] === '' ? null : String(cursor[0]),
          createdAt: String(cursor[1]),
          id: String(cursor[2]),
        }
      : null;
    const [rows, totalCount, facets] = await Promise.all([
      this.page(q, start, first + 1),
      this.count(q),
      this.facets(q, regionDigits),
    ]);
    const cursorOf = (r: Row) => encodeCursor([r.rank ?? '', new Date(r.createdAt).toISOString(), r.id]);
    return { ...toConnection(rows.slice(0, first), rows.length > first, totalCount, cursorOf), facets };
  }

  private where(q: SearchQuery, p: SqlParams): string {
    const clauses: string[] = [];
    const { statusType, ownerColumn } = this.t;
    if (statusType && q.statuses) clauses.push(`t.status = any(${p.add(q.statuses)}::${statusType}[])`);
    if (statusType && q.viewer !== null && q.viewer !== undefined) {
      const visible = `t.status = any(${p.add(q.publicStatuses ?? [])}::${statusType}[])`;
      clauses.push(
        q.viewer === 'ANONYMOUS' || !ownerColumn
          ? visible
          : `(${visible} or t.${ownerColumn} = ${p.add(q.viewer)})`,
      );
    }
    if (q.tokens.length) clauses.push(`t.search_vector @@ ${this.tsquery(q, p)}`);
    clauses.push(...q.filters(p));
    return clauses.length ? clauses.join(' and ') : 'true';
  }

  private tsquery(q: SearchQuery, p: SqlParams): string {
    return `plainto_tsquery('simple', ${p.add(tsText(q.tokens))})`;
  }

  /** One page in relevance order (ties by recency), or by recency alone without a query. */
  async page(q: SearchQuery, after: After | null, limit: number): Promise<Row[]> {
    const p = new SqlParams();
    const where = this.where(q, p);
    const rank = q.tokens.length
      ? `round(ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', t.search_vector, ${this.tsquery(q, p)})::numeric, 6)`
      : 'null::numeric';
    let keyset = '';
    if (after) {
      keyset = q.tokens.length
        ? `and (${rank}, t.created_at, t.id) < (${p.add(after.rank)}::numeric, ${p.add(after.createdAt)}::timestamptz, ${p.add(after.id)}::uuid)`
        : `and (t.created_at, t.id) < (${p.add(after.createdAt)}::timestamptz, ${p.add(after.id)}::uuid)`;
    }
    const order = q.tokens.length
      ? 'rank desc, t.created_at desc, t.id desc'
      : 't.created_at desc, t.id desc';
    return this.db.query(
      `select ${this.t.columns}, ${rank} as rank from ${this.t.table} t where ${where} ${keyset}
       order by ${order} limit ${p.add(limit)}`,
      p.values,
    );
  }

  async count(q: SearchQuery): Promise<number> {
    const p = new SqlParams();
    const [row] = await this.db.query(
      `select count(*)::int as n from ${this.t.table} t where ${this.where(q, p)}`,
      p.values,
    );
    return row.n;
  }

  /** Counts by field (each code and its parent), region, maturity and transfer mode over the filtered set. */
  async facets(q: SearchQuery, regionDigits: 2 | 4): Promise<Facets> {
    const p = new SqlParams();
    const { maturity, transferModes } = this.t.facets;
    const regionKey =
      regionDigits === 2 ? `left(t.region_code, 2) || '0000'` : `left(t.region_code, 4) || '00'`;
    const parts = [
      `select 'fields' as facet, v as value, count(distinct t.id)::int as count
         from t cross join lateral (select unnest(t.field_codes) union select left(unnest(t.field_codes), 2)) u(v) group by v`,
      `select 'regions', ${regionKey}, count(*)::int from t group by 2`,
    ];
    if (maturity)
      parts.push(
        `select 'maturity', t.${maturity}::text, count(*)::int from t where t.${maturity} is not null group by 2`,
      );
    if (transferModes)
      parts.push(
        `select 'transferModes', m::text, count(*)::int from t cross join unnest(t.${transferModes}) m group by 2`,
      );
    const rows: Array<{ facet: keyof Facets; value: string; count: number }> = await this.db.query(
      `with t as (select t.* from ${this.t.table} t where ${this.where(q, p)})
       ${parts.join(' union all ')} order by 1, 3 desc, 2`,
      p.values,
    );
    const facets: Facets = { fields: [], regions: [], maturity: [], transferModes: [] };
    for (const r of rows) facets[r.facet].push({ value: r.value, count: r.count });
    return facets;
  }
}

/** Writes a row's weighted tsvector from already segmented texts: A (title/name), B (keywords), C (body). */
export async function writeSearchVector(
  db: Pick<DataSource, 'query'>,
  table: string,
  id: string,
  weighted: { A: string[]; B: string[]; C: string[] },
): Promise<void> {
  await db.query(
    `update ${table} set search_vector =
       setweight(to_tsvector('simple', $2), 'A') || setweight(to_tsvector('simple', $3), 'B') || setweight(to_tsvector('simple', $4), 'C')
     where id = $1`,
    [id, tsText(weighted.A), tsText(weighted.B), tsText(weighted.C)],
  );
}

/** Filters that achievements and needs share: field code prefix and region prefix. */
export function fieldAndRegion(
  p: SqlParams,
  fieldPrefix?: string | null,
  regionPrefix?: string | null,
): string[] {
  const out: string[] = [];
  if (fieldPrefix)
    out.push(`exists (select 1 from unnest(t.field_codes) f where f like ${p.add(`${fieldPrefix}%`)})`);
  if (regionPrefix) out.push(`t.region_code like ${p.add(`${regionPrefix}%`)}`);
  return out;
}
