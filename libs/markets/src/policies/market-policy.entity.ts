import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { MarketEntity } from '../markets/market.entity.js';
import type { BrokerPointsTerms, MarketPolicyKind, SubsidyTerms } from './policy-terms.js';

/**
 * A market's policy of one kind from the day it takes effect: the subsidy's rate, tiers and caps, or the
 * broker points rules. Never changed once set (a trigger refuses UPDATE and DELETE): a later policy with a
 * later day takes over, and what was assessed under the earlier one stays as it was.
 */
@Entity('market_policies')
@Unique('uq_market_policies_day', ['marketCode', 'kind', 'effectiveFrom'])
export class MarketPolicyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 32 }) marketCode: string;
  @ManyToOne(() => MarketEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'market_code', foreignKeyConstraintName: 'fk_market_policies_market' })
  market?: MarketEntity;
  @Column({ type: 'enum', enum: ['SUBSIDY', 'BROKER_POINTS'], enumName: 'market_policy_kind' })
  kind: MarketPolicyKind;
  @Column({ type: 'varchar', length: 100 }) name: string;
  /** a day in China, YYYY-MM-DD */
  @Column({ type: 'date' }) effectiveFrom: string;
  @Column({ type: 'jsonb' }) terms: SubsidyTerms | BrokerPointsTerms;
  /** the root operator who set it; null for the defaults the platform starts with */
  @Column({ type: 'uuid', nullable: true }) createdById: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
