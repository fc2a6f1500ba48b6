import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MarketStats, StatBucket } from './market-stats.model.js';
import { DAY_BOUNDS_SQL, type DayBounds, type StatsPlan, baseOnly, planWindow } from './stats-plan.js';
import { type Source, statsStatements } from './stats-sql.js';
import type { StatsWindow } from './stats-window.js';

/**
 * 统计: what the provincial reports quote. Listings count by the listing's region, deals and contracts by
 * the seller's region (technology output, 技术输出), dockings by the requester's, matches by the need's.
 * Times: created_at, a deal's created_at, a contract's registered_at.
 *
 * Whole days (China time) come from `stats_daily`, which triggers keep exact (migration StatsAggregates);
 * the part of a day at either end of a window that does not start or end at midnight from rows, with the
 * same definitions (stats-base-sql.ts); `recount` reads the whole window from the base tables alone.
 */
const NOTHING: MarketStats = {
  achievements: 0,
  needs: 0,
  experts: 0,
  organizations: 0,
  matches: 0,
  dockings: 0,
  deals: 0,
  dealAmount: '0.00',
  contractsRegistered: 0,
  contractAmount: '0.00',
  byField: [],
  byRegion: [],
  byMonth: [],
};

@Injectable()
export class StatsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async market(w: StatsWindow): Promise<MarketStats> {
    if (w.nothing) return NOTHING;
    // an industry market has no aggregates: its rows are read (the same statements as its recount)
    if (w.fields) return this.recount(w);
    let bounds: DayBounds | null = null;
    if (w.from || w.to) [bounds] = await this.db.query(DAY_BOUNDS_SQL, [w.from, w.to]);
    return this.read(w, planWindow(w, bounds), 'maintained');
  }

  /** The same statistics from the base tables alone: slow on a large market, the reference for the aggregates. */
  recount(w: StatsWindow): Promise<MarketStats> {
    return this.read(w, baseOnly(w), 'recount');
  }

  private async read(w: StatsWindow, plan: StatsPlan, source: Source): Promise<MarketStats> {
    const s = statsStatements(w, plan, source);
    const buckets = (sql: string) => this.db.query(sql, s.params) as Promise<StatBucket[]>;
    const [[totals], byField, byRegion, byMonth] = await Promise.all([
      this.db.query(s.totals, s.params),
      buckets(s.byField),
      buckets(s.byRegion),
      buckets(s.byMonth),
    ]);
    return { ...totals, byField, byRegion, byMonth };
  }
}
