/**
 * marketStats over rows, for a time predicate `inWindow(column)` and a region pattern $2 (prefix%):
 * the definitions. `recount` reads the base tables alone; `maintained` reads the part of a day at the ends
 * of a window, with the deal amount of achievements from stats_achievement_deals and matches, dockings,
 * deals and contracts from stats_events (indexed by time, which their tables are not).
 */
export type Source = 'maintained' | 'recount';
type InWindow = (col: string) => string;

const PUBLIC = `('LISTED','IN_TRADE','DEALT')`;

/** The deal amount of each achievement's listings. */
const AMOUNTS: Record<Source, string> = {
  maintained: 'stats_achievement_deals',
  recount: `(select l.achievement_id, sum(d.price) as amount from trade_listings l join deals d on d.listing_id = l.id
    group by 1)`,
};

/** matches, dockings, deals, "dealAmount", "contractsRegistered", "contractAmount" */
function trade(source: Source, inWindow: InWindow): string {
  if (source === 'maintained') {
    return `select count(*) filter (where kind = 'MATCH') as matches, count(*) filter (where kind = 'DOCKING') as dockings,
        count(*) filter (where kind = 'DEAL') as deals, sum(amount) filter (where kind = 'DEAL') as "dealAmount",
        count(*) filter (where kind = 'CONTRACT') as "contractsRegistered",
        sum(amount) filter (where kind = 'CONTRACT') as "contractAmount"
      from stats_events where kind in ('MATCH', 'DOCKING', 'DEAL', 'CONTRACT') and region like $2 and ${inWindow('at')}`;
  }
  return `select
      (select count(*) from matches m join needs n on n.id = m.need_id where n.region_code like $2 and ${inWindow('m.created_at')}) as matches,
      (select count(*) from dockings d join organizations o on o.id = d.requester_id where o.region_code like $2 and ${inWindow('d.created_at')}) as dockings,
      d.deals, d."dealAmount", c."contractsRegistered", c."contractAmount"
    from (select count(*) as deals, sum(d.price) as "dealAmount" from deals d join organizations o on o.id = d.seller_id
            where o.region_code like $2 and ${inWindow('d.created_at')}) d,
         (select count(*) as "contractsRegistered", sum(c.amount) as "contractAmount" from contracts c
            join organizations o on o.id = c.seller_id
            where c.status = 'REGISTERED' and o.region_code like $2 and ${inWindow('c.registered_at')}) c`;
}

/** The ten totals, in MarketStats order. */
export const baseTotals = (source: Source, inWindow: InWindow) => `select
    (select count(*) from achievements a where a.status in ${PUBLIC} and a.region_code like $2 and ${inWindow('a.created_at')}) as achievements,
    (select count(*) from needs n where n.status in ('OPEN','SOLVED') and n.region_code like $2 and ${inWindow('n.created_at')}) as needs,
    (select count(*) from experts e where e.region_code like $2 and ${inWindow('e.created_at')}) as experts,
    (select count(*) from organizations o where o.region_code like $2 and ${inWindow('o.created_at')}) as organizations,
    t.matches, t.dockings, t.deals, t."dealAmount", t."contractsRegistered", t."contractAmount"
  from (${trade(source, inWindow)}) t`;

/** Listed achievements (key, count, amount of their listings' deals) grouped by `key`. */
const listed = (source: Source, inWindow: InWindow, key: string, join = '') =>
  `select ${key} as key, count(distinct a.id) as count, sum(ad.amount) as amount
   from achievements a ${join} left join ${AMOUNTS[source]} ad on ad.achievement_id = a.id
   where a.status in ${PUBLIC} and a.region_code like $2 and ${inWindow('a.created_at')} group by 1`;

/** By top-level field: an achievement counts once in each of its fields. */
export const baseByField = (source: Source, inWindow: InWindow) =>
  listed(source, inWindow, 'f', `cross join lateral (select distinct left(unnest(a.field_codes), 2) f) fc`);

/** By the region's first `digits` digits, padded to a code (province or city). */
export const baseByRegion = (source: Source, inWindow: InWindow, digits: number) =>
  listed(source, inWindow, `rpad(left(a.region_code, ${digits}), 6, '0')`);

/** Deals by month, China time. */
export const baseByMonth = (source: Source, inWindow: InWindow) =>
  source === 'maintained'
    ? `select to_char(at at time zone 'Asia/Shanghai', 'YYYY-MM') as key, count(*) as count, sum(amount) as amount
       from stats_events where kind = 'DEAL' and region like $2 and ${inWindow('at')} group by 1`
    : `select to_char(d.created_at at time zone 'Asia/Shanghai', 'YYYY-MM') as key, count(*) as count, sum(d.price) as amount
       from deals d join organizations o on o.id = d.seller_id
       where o.region_code like $2 and ${inWindow('d.created_at')} group by 1`;
