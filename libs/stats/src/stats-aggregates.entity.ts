import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What a row of `stats_daily` counts: listed achievements (by region bucket), listed achievements by
 * top-level field, and the other totals of `marketStats`.
 */
export type StatsKind =
  'ACHIEVEMENT' | 'FIELD' | 'NEED' | 'EXPERT' | 'ORGANIZATION' | 'MATCH' | 'DOCKING' | 'DEAL' | 'CONTRACT';

const PK = 'pk_stats_daily';

/**
 * Market statistics per day (China time) and scope, kept exact by statement triggers on the base tables
 * (migration StatsAggregates, which also describes stats_achievement_deals and stats_events). A row counts in the scope of one `marketStats` region filter: '' (the market),
 * a province ('22'), a city ('2201') or a county ('220102'); ACHIEVEMENT rows also carry the byRegion bucket
 * of that scope (provinces in '', cities in a province, counties below), FIELD rows the top-level field.
 * Amounts: deal prices of the achievement's listings (ACHIEVEMENT, FIELD), deal prices (DEAL), contract
 * amounts (CONTRACT). Rows whose count fell back to 0 stay, and are left out by the queries.
 */
@Entity('stats_daily')
export class StatsDailyEntity {
  @PrimaryColumn({ type: 'varchar', length: 6, primaryKeyConstraintName: PK }) scope: string;
  @PrimaryColumn({ type: 'varchar', length: 12, primaryKeyConstraintName: PK }) kind: StatsKind;
  /** the day in China time of created_at (registered_at for contracts; 'infinity' when that is null) */
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: PK }) day: string;
  /** the byRegion bucket (6 digits) of ACHIEVEMENT rows, '' otherwise */
  @PrimaryColumn({ type: 'varchar', length: 6, primaryKeyConstraintName: PK }) region: string;
  /** the top-level field of FIELD rows, '' otherwise */
  @PrimaryColumn({ type: 'varchar', length: 2, primaryKeyConstraintName: PK }) field: string;
  @Column({ type: 'int' }) count: number;
  @Column({ type: 'numeric', precision: 20, scale: 2 }) amount: string;
}

/** The deal amount of each achievement's listings, so that an achievement's rows move with their amount. */
@Entity('stats_achievement_deals')
export class StatsAchievementDealsEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_stats_achievement_deals' })
  achievementId: string;
  @Column({ type: 'numeric', precision: 20, scale: 2 }) amount: string;
}

/**
 * Each match, docking, deal and registered contract with its time (created_at, registered_at) and the region
 * it counts in (the need's, the requester's, the seller's), indexed by time: the part of a day at either end
 * of a window is read from here, the base tables having no index on those times.
 */
@Entity('stats_events')
@Index('ix_stats_events_at', ['kind', 'at'])
export class StatsEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 12, primaryKeyConstraintName: 'pk_stats_events' }) kind:
    'MATCH' | 'DOCKING' | 'DEAL' | 'CONTRACT';
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_stats_events' }) id: string;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ type: 'char', length: 6 }) region: string;
  /** the deal's price, the contract's amount; 0 for matches and dockings */
  @Column({ type: 'numeric', precision: 20, scale: 2 }) amount: string;
}

export const statsEntities = [StatsDailyEntity, StatsAchievementDealsEntity, StatsEventEntity];
