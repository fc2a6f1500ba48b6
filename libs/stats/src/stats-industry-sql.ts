/**
 * marketStats of an industry market, from rows: the region definitions of stats-base-sql.ts (listings by
 * their region, deals and contracts by the seller's, dockings by the requester's, matches by the need's,
 * region like $2) and, on top, the fields: achievements, needs and experts by their own field codes, matches
 * by the need's, dockings by what they are about (an achievement, a need or an expert), deals and contracts
 * by their contract's achievement, organizations by owning a public achievement or need of the market.
 * $3 holds the market's field patterns ('08%').
 */
type InWindow = (col: string) => string;

const PUBLIC = `('LISTED','IN_TRADE','DEALT')`;
const NEEDS = `('OPEN','SOLVED')`;
const inFields = (col: string) => `exists (select 1 from unnest(${col}) f where f like any($3::text[]))`;
const achievementIn = (id: string) =>
  `exists (select 1 from achievements x where x.id = ${id} and ${inFields('x.field_codes')})`;

const AMOUNTS = `(select l.achievement_id, sum(d.price) as amount from trade_listings l join deals d on d.listing_id = l.id
    group by 1)`;

export const industryTotals = (inWindow: InWindow) => `select
    (select count(*) from achievements a where a.status in ${PUBLIC} and a.region_code like $2 and ${inFields('a.field_codes')} and ${inWindow('a.created_at')}) as achievements,
    (select count(*) from needs n where n.status in ${NEEDS} and n.region_code like $2 and ${inFields('n.field_codes')} and ${inWindow('n.created_at')}) as needs,
    (select count(*) from experts e where e.region_code like $2 and ${inFields('e.field_codes')} and ${inWindow('e.created_at')}) as experts,
    (select count(*) from organizations o where o.region_code like $2 and ${inWindow('o.created_at')}
       and (exists (select 1 from achievements a where a.owner_id = o.id and a.status in ${PUBLIC} and ${inFields('a.field_codes')})
         or exists (select 1 from needs n where n.owner_id = o.id and n.status in ${NEEDS} and ${inFields('n.field_codes')}))) as organizations,
    (select count(*) from matches m join needs n on n.id = m.need_id
       where n.region_code like $2 and ${inFields('n.field_codes')} and ${inWindow('m.created_at')}) as matches,
    (select count(*) from dockings d join organizations o on o.id = d.requester_id where o.region_code like $2 and ${inWindow('d.created_at')}
       and (${achievementIn('d.achievement_id')}
         or exists (select 1 from needs x where x.id = d.need_id and ${inFields('x.field_codes')})
         or exists (select 1 from experts x where x.id = d.expert_id and ${inFields('x.field_codes')}))) as dockings,
    d.deals, d."dealAmount", c."contractsRegistered", c."contractAmount"
  from (select count(*) as deals, sum(d.price) as "dealAmount" from deals d join contracts k on k.id = d.contract_id
          join organizations o on o.id = d.seller_id
          where o.region_code like $2 and ${achievementIn('k.achievement_id')} and ${inWindow('d.created_at')}) d,
       (select count(*) as "contractsRegistered", sum(c.amount) as "contractAmount" from contracts c
          join organizations o on o.id = c.seller_id
          where c.status = 'REGISTERED' and o.region_code like $2 and ${achievementIn('c.achievement_id')}
            and ${inWindow('c.registered_at')}) c`;

/** Listed achievements of the market (key, count, amount of their listings' deals) grouped by `key`. */
const listed = (inWindow: InWindow, key: string, join = '') =>
  `select ${key} as key, count(distinct a.id) as count, sum(ad.amount) as amount
   from achievements a ${join} left join ${AMOUNTS} ad on ad.achievement_id = a.id
   where a.status in ${PUBLIC} and a.region_code like $2 and ${inFields('a.field_codes')} and ${inWindow('a.created_at')}
   group by 1`;

/** By the achievement's own field codes that lie in the market (its sub-fields). */
export const industryByField = (inWindow: InWindow) =>
  listed(
    inWindow,
    'f',
    `cross join lateral (select distinct c f from unnest(a.field_codes) c where c like any($3::text[])) fc`,
  );

export const industryByRegion = (inWindow: InWindow, digits: number) =>
  listed(inWindow, `rpad(left(a.region_code, ${digits}), 6, '0')`);

export const industryByMonth = (inWindow: InWindow) =>
  `select to_char(d.created_at at time zone 'Asia/Shanghai', 'YYYY-MM') as key, count(*) as count, sum(d.price) as amount
   from deals d join contracts k on k.id = d.contract_id join organizations o on o.id = d.seller_id
   where o.region_code like $2 and ${achievementIn('k.achievement_id')} and ${inWindow('d.created_at')} group by 1`;
