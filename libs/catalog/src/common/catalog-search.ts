import type { DataSource } from 'typeorm';
import { anyScopeSql } from '@techmarket/markets';
import { cursorTime, decodeCursor, encodeCursor, type MarketScope, toConnection } from '@techmarket/shared';
import type { Facets } from './facets.model.js';
import { catalogSummary, countUpTo, MATCH_CAP, publicScope } from './catalog-summary.js';
import { firstFound, provinceTsquery, regionRange, SqlParams, tsText } from './sql.js';

export { MATCH_CAP };

/** ts_rank_cd is computed for at most this many matches, the best by a cheap score (see `ranked`). */
export const RANK_CAP = 200;
/** How long the start of the recent window of broad searches is reused. */
const WINDOW_TTL_MS = 60_000;

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
  /** a GIN index on `catalog_province_lexemes(search_vector, region_code)`: words within a province */
  provinceIndex?: boolean;
  /** a table of the public rows' facet counts by scope ('' or a province), kept by triggers */
  publicFacets?: string;
  /** the title and keywords (text[]) columns, whose words make the cheap score of `ranked` */
  head?: { title: string; keywords?: string };
}

export interface SearchQuery {
  /** query words (jieba's coarse cut): every one must be found */
  tokens: string[];
  statuses?: readonly string[];
  publicStatuses?: readonly string[];
  /** null: sees everything (operators); 'ANONYMOUS': public only; an id: public or this organization's */
  viewer?: string | null | 'ANONYMOUS';
  /** a market operator's markets, whose rows it sees in every status (with `viewer` 'ANONYMOUS') */
  viewerScopes?: readonly MarketScope[];
  /** a region code prefix (2, 4 or 6 digits), apart from `filters` so that indexes can serve it */
  regionPrefix?: string | null;
  /** further conditions over `t`, their values added to `p` */
  filters: (p: SqlParams) => string[];
}

export interface SearchRow {
  id: string;
  createdAt: Date | string;
  rank: string | null;
}

const noFacets = (): Facets => ({ fields: [], regions: [], maturity: [], transferModes: [] });

const KEY_AT = (column: string) => `${cursorTime(column)} as "keyAt"`;

interface Keyed {
  keyAt: string;
}

interface After {
  rank: string | null;
  createdAt: string;
  id: string;
}

/**
 * The shared search of achievements, needs and experts: jieba tokens in a weighted tsvector with a GIN index
 * (and, within a province, a GIN index of province-prefixed lexemes), relevance then recency, keyset cursors,
 * totalCount and facets over the filtered set in one statement, both capped at MATCH_CAP matches.
 */
export class CatalogSearch<Row extends SearchRow> {
  private window: { at: number; since: string | null } | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly t: SearchTable,
  ) {}

  /** One page with its total and facets (empty unless `wanted`), as a connection; `regionDigits` picks
   * province or city facets. */
  async connection(
    q: SearchQuery,
    first: number,
    after: string | null | undefined,
    regionDigits: 2 | 4,
    wanted = { facets: true },
  ) {
    const cursor = decodeCursor(after, ['rank', 'time', 'uuid']);
    const start = cursor
      ? {
          rank: cursor[0] === '' ? null : String(cursor[0]),
          createdAt: String(cursor[1]),
          id: String(cursor[2]),
        }
      : null;
    const [rows, { totalCount, facets }] = this.countsWithPage(q, start, regionDigits, wanted)
      ? await this.pageWithCount(q, start, first + 1)
      : await Promise.all([this.page(q, start, first + 1), this.summary(q, regionDigits, wanted.facets)]);
    const cursorOf = (r: Row & Keyed) => encodeCursor([r.rank ?? '', r.keyAt, r.id]);
    const connection = toConnection(rows.slice(0, first), rows.length > first, totalCount, cursorOf);
    for (const r of rows) delete (r as Partial<Keyed>).keyAt;
    return { ...connection, facets };
  }

  /** A list by recency whose total is a live count and no facets (a member's workspace): one statement. */
  private countsWithPage(
    q: SearchQuery,
    start: After | null,
    regionDigits: 2 | 4,
    wanted: { facets: boolean },
  ) {
    return !q.tokens.length && !wanted.facets && !start && publicScope(this.t, q, regionDigits) === null;
  }

  private async pageWithCount(q: SearchQuery, start: After | null, limit: number) {
    const rows = await this.recent(q, start, limit, true);
    const totalCount = Math.min(rows[0]?.matched ?? 0, MATCH_CAP); // no row on the first page: none match
    for (const r of rows) delete r.matched;
    return [rows, { totalCount, facets: noFacets() }] as const;
  }

  private where(q: SearchQuery, p: SqlParams): string {
    const clauses: string[] = [];
    const { statusType, ownerColumn } = this.t;
    if (statusType && q.statuses) clauses.push(`t.status = any(${p.add(q.statuses)}::${statusType}[])`);
    if (statusType && q.viewer !== null && q.viewer !== undefined) {
      const visible = [`t.status = any(${p.add(q.publicStatuses ?? [])}::${statusType}[])`];
      if (q.viewer !== 'ANONYMOUS' && ownerColumn) visible.push(`t.${ownerColumn} = ${p.add(q.viewer)}`);
      if (q.viewerScopes?.length)
        visible.push(
          anyScopeSql(q.viewerScopes, { region: 't.region_code', fields: 't.field_codes' }, (v) => p.add(v)),
        );
      clauses.push(visible.length === 1 ? visible[0] : `(${visible.join(' or ')})`);
    }
    const region = q.regionPrefix ?? null;
    if (q.tokens.length) {
      clauses.push(
        region && this.t.provinceIndex
          ? `catalog_province_lexemes(t.search_vector, t.region_code) @@ ${provinceTsquery(p, q.tokens, region.slice(0, 2))}`
          : `t.search_vector @@ ${this.tsquery(q, p)}`,
      );
    }
    if (region) clauses.push(regionRange(p, region));
    clauses.push(...q.filters(p));
    return clauses.length ? clauses.join(' and ') : 'true';
  }

  private tsquery(q: SearchQuery, p: SqlParams): string {
    return `plainto_tsquery('simple', ${p.add(tsText(q.tokens))})`;
  }

  /** One page in relevance order (ties by recency), or by recency alone without a query. */
  async page(q: SearchQuery, after: After | null, limit: number): Promise<Array<Row & Keyed>> {
    if (!q.tokens.length) return this.recent(q, after, limit);
    const kept = this.window;
    const first = await this.ranked(q, after, limit, kept?.since ?? null);
    // an empty page after a cursor does not tell whether the matches were capped: as if they were
    if (!first.capped && !(after && !first.rows.length)) return first.rows;
    if (kept) {
      if (Date.now() - kept.at > WINDOW_TTL_MS) void this.windowStart(q).catch(() => undefined);
      return first.rows;
    }
    const since = await this.windowStart(q); // the first broad search of this process
    return since === null ? first.rows : (await this.ranked(q, after, limit, since)).rows;
  }

  /** Newest first: the partial index of public rows by creation (or of an owner's rows) answers it without
   * a sort. `withCount`: each row also carries how many match in all (`matched`, up to MATCH_CAP + 1). */
  private recent(
    q: SearchQuery,
    after: After | null,
    limit: number,
    withCount = false,
  ): Promise<Array<Row & Keyed & { matched?: number }>> {
    const p = new SqlParams();
    const where = this.where(q, p);
    const keyset = after
      ? `and (t.created_at, t.id) < (${p.add(after.createdAt)}::timestamptz, ${p.add(after.id)}::uuid)`
      : '';
    const count = withCount ? `, ${countUpTo(this.t, where)} as matched` : '';
    return this.db.query(
      `select ${this.t.columns}, null::numeric as rank, ${KEY_AT('t.created_at')}${count} from ${this.t.table} t where ${where} ${keyset}
       order by t.created_at desc, t.id desc limit ${p.add(limit)}`,
      p.values,
    );
  }

  /**
   * Relevance in two tiers, as ts_rank_cd reads each row's vector from TOAST (ranking 100k rows takes
   * seconds): the candidates (the first MATCH_CAP + 1 matches, and, when there are more, those created since
   * the start of a recent window) are ordered by a cheap score (`hits`: the query's words in the title and
   * keywords), then recency; the first RANK_CAP get their ts_rank_cd, the others rank below them by that
   * score (`hits - 1000`). With RANK_CAP matches or fewer, this is ts_rank_cd over every match.
   */
  private async ranked(q: SearchQuery, after: After | null, limit: number, since: string | null) {
    const p = new SqlParams();
    const hits = this.hits(q, p);
    const candidates = (extra: string) =>
      `select id, tid, created_at, hits from (${firstFound(
        `select t.id, t.ctid as tid, t.created_at, ${hits} as hits from ${this.t.table} t
         where ${this.where(q, p)} ${extra}`,
        MATCH_CAP + 1,
      )}) f`;
    const recent =
      since === null
        ? ''
        : `w as materialized (${candidates(
            `and t.created_at >= ${p.add(since)}::timestamptz and (select count(*) from c) > ${MATCH_CAP}`,
          )}),`;
    const keyset = after
      ? `where (k.rank, k.created_at, k.id) < (${p.add(after.rank)}::numeric, ${p.add(after.createdAt)}::timestamptz, ${p.add(after.id)}::uuid)`
      : '';
    const rows: Array<Row & Keyed & { matched?: number }> = await this.db.query(
      `with c as materialized (${candidates('')}), ${recent}
         x as materialized (select u.*, row_number() over (order by hits desc, created_at desc, id desc) as pos
               from (select * from c ${since === null ? '' : 'union select * from w'}) u),
         exact as (select x.id, x.tid, x.created_at, r.rank from x cross join lateral
                     (select round(ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', t.search_vector, ${this.tsquery(q, p)})::numeric, 6) as rank
                      from ${this.t.table} t where t.ctid = x.tid) r
                   where x.pos <= ${RANK_CAP}),
         k as (select * from exact union all select id, tid, created_at, hits - 1000 from x where pos > ${RANK_CAP}),
         page as (select * from k ${keyset} order by rank desc, created_at desc, id desc limit ${p.add(limit)})
       select ${this.t.columns}, page.rank, ${KEY_AT('page.created_at')}, (select count(*) from c)::int as matched
       from page join ${this.t.table} t on t.ctid = page.tid
       order by page.rank desc, page.created_at desc, page.id desc`,
      p.values,
    );
    const capped = rows.length > 0 && (rows[0].matched ?? 0) > MATCH_CAP;
    for (const r of rows) delete r.matched;
    return { rows: rows as Array<Row & Keyed>, capped };
  }

  /** The cheap relevance of a row, as ts_rank_cd weighs title (A) and keywords (B): 5 for each time a query
   * word is in the title (up to 3 times), 2 when it is among the keywords. */
  private hits(q: SearchQuery, p: SqlParams): string {
    const { title, keywords } = this.t.head ?? {};
    if (!title) return '0';
    const terms = q.tokens.map((token) => {
      const w = p.add(token);
      const times = `(length(lower(t.${title})) - length(replace(lower(t.${title}), ${w}, ''))) / length(${w})`;
      const inKeywords = keywords
        ? ` + case when strpos(lower(array_to_string(t.${keywords}, ' ')), ${w}) > 0 then 2 else 0 end`
        : '';
      return `5 * least(3, ${times})${inKeywords}`;
    });
    return `(${terms.join(' + ')})`;
  }

  /** Where the newest ⌈rows × RANK_CAP / MATCH_CAP⌉ visible rows begin: a broad search (more than MATCH_CAP
   * matches) has about RANK_CAP matches or more in that window. Kept, and refreshed after a minute. */
  private async windowStart(q: SearchQuery): Promise<string | null> {
    const [{ rows }] = await this.db.query(
      `select greatest(reltuples, 0)::float8 as rows from pg_class where oid = $1::regclass`,
      [this.t.table],
    );
    const p = new SqlParams();
    const { statusType } = this.t;
    const visible =
      statusType && q.publicStatuses?.length
        ? `where t.status = any(${p.add(q.publicStatuses)}::${statusType}[])`
        : '';
    const offset = Math.ceil((Number(rows) * RANK_CAP) / MATCH_CAP);
    const [row] = await this.db.query(
      `select t.created_at as since from ${this.t.table} t ${visible}
       order by t.created_at desc offset ${p.add(offset)} limit 1`,
      p.values,
    );
    const since = row ? new Date(row.since).toISOString() : null;
    this.window = { at: Date.now(), since };
    return since;
  }

  /** totalCount and facets of the query (see catalog-summary.ts). */
  summary(
    q: SearchQuery,
    regionDigits: 2 | 4,
    facets = true,
  ): Promise<{ totalCount: number; facets: Facets }> {
    return catalogSummary(this.db, this.t, q, (p) => this.where(q, p), regionDigits, facets);
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
  if (regionPrefix) out.push(regionRange(p, regionPrefix));
  return out;
}
