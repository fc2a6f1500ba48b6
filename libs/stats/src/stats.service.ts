import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MarketStats, StatBucket } from './market-stats.model.js';
import type { StatsWindow } from './stats-window.js';

/**
 * 统计: what the provincial reports quote. Listings count by the listing's region, deals and contracts by
 * the seller's region (technology output, 技术输出), dockings by the requester's, matches by the need's.
 * Times: created_at, a deal's created_at, a contract's registered_at.
 */
@Injectable()
export class StatsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async market(w: StatsWindow): Promise<MarketStats> {
    const p = [w.prefix + '%', w.from, w.to];
    const inWindow = (col: string) =>
      `($2::timestamptz is null or ${col} >= $2) and ($3::timestamptz is null or ${col} < $3)`;
    const [totals] = await this.db.query(
      `select
         (select count(*) from achievements a where a.status in ('LISTED','IN_TRADE','DEALT') and a.region_code like $1 and ${inWindow('a.created_at')})::int as achievements,
         (select count(*) from needs n where n.status in ('OPEN','SOLVED') and n.region_code like $1 and ${inWindow('n.created_at')})::int as needs,
         (select count(*) from experts e where e.region_code like $1 and ${inWindow('e.created_at')})::int as experts,
         (select count(*) from organizations o where o.region_code like $1 and ${inWindow('o.created_at')})::int as organizations,
         (select count(*) from matches m join needs n on n.id = m.need_id where n.region_code like $1 and ${inWindow('m.created_at')})::int as matches,
         (select count(*) from dockings d join organizations o on o.id = d.requester_id where o.region_code like $1 and ${inWindow('d.created_at')})::int as dockings,
         (select count(*) from deals d join organizations o on o.id = d.seller_id where o.region_code like $1 and ${inWindow('d.created_at')})::int as deals,
         (select coalesce(sum(d.price), 0) from deals d join organizations o on o.id = d.seller_id where o.region_code like $1 and ${inWindow('d.created_at')})::text as "dealAmount",
         (select count(*) from contracts c join organizations o on o.id = c.seller_id where c.status = 'REGISTERED' and o.region_code like $1 and ${inWindow('c.registered_at')})::int as "contractsRegistered",
         (select coalesce(sum(c.amount), 0) from contracts c join organizations o on o.id = c.seller_id where c.status = 'REGISTERED' and o.region_code like $1 and ${inWindow('c.registered_at')})::text as "contractAmount"`,
      p,
    );
    const buckets = (sql: string) => this.db.query(sql, p) as Promise<StatBucket[]>;
    const [byField, byRegion, byMonth] = await Promise.all([
      buckets(
        `select f as key, count(distinct a.id)::int as count, coalesce(sum(d.price), 0)::text as amount
         from achievements a cross join lateral (select distinct left(unnest(a.field_codes), 2) f) fc
         left join deals d on d.listing_id in (select id from trade_listings where achievement_id = a.id)
         where a.status in ('LISTED','IN_TRADE','DEALT') and a.region_code like $1 and ${inWindow('a.created_at')}
         group by f order by count desc, key`,
      ),
      buckets(
        `select rpad(left(a.region_code, ${w.regionDigits}), 6, '0') as key, count(distinct a.id)::int as count,
           coalesce(sum(d.price), 0)::text as amount
         from achievements a left join trade_listings l on l.achievement_id = a.id left join deals d on d.listing_id = l.id
         where a.status in ('LISTED','IN_TRADE','DEALT') and a.region_code like $1 and ${inWindow('a.created_at')}
         group by 1 order by count desc, key`,
      ),
      buckets(
        `select to_char(d.created_at at time zone 'Asia/Shanghai', 'YYYY-MM') as key, count(*)::int as count, sum(d.price)::text as amount
         from deals d join organizations o on o.id = d.seller_id
         where o.region_code like $1 and ${inWindow('d.created_at')} group by 1 order by 1`,
      ),
    ]);
    return { ...totals, byField, byRegion, byMonth };
  }
}
