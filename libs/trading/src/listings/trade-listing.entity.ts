import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { AchievementEntity, TransferMode } from '@techmarket/catalog';
import { OrganizationEntity } from '@techmarket/identity';
import { TradeMode, TradeStatus } from './trade.enums.js';

/**
 * A trade of one achievement in one of the three modes. The auction's live state (current price,
 * leader, end time after extensions) sits on this row: every bid and every close locks it, which is
 * what makes "accepted before the close, or refused" hold.
 */
@Entity('trade_listings')
@Index('ix_trade_listings_status_ends', ['status', 'endsAt'])
@Index('ix_trade_listings_created', ['createdAt', 'id'])
@Index('uq_trade_listings_active_achievement', { synchronize: false }) // partial unique, by the migration
@Check('ck_trade_listings_window', '"ends_at" > "starts_at"')
@Check(
  'ck_trade_listings_prices',
  `"start_price" IS NULL OR ("start_price" > 0 AND "increment" > 0 AND "deposit_amount" >= 0)`,
)
@Check('ck_trade_listings_auction_terms', `"mode" = 'NEGOTIATED' OR "start_price" IS NOT NULL`)
export class TradeListingEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) achievementId: string;
  @ManyToOne(() => AchievementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'achievement_id', foreignKeyConstraintName: 'fk_trade_listings_achievement' })
  achievement?: AchievementEntity;
  @Column({ type: 'uuid' }) sellerId: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seller_id', foreignKeyConstraintName: 'fk_trade_listings_seller' })
  seller?: OrganizationEntity;
  @Column({ type: 'enum', enum: TradeMode, enumName: 'trade_mode' }) mode: TradeMode;
  @Column({ type: 'enum', enum: TradeMode, enumName: 'trade_mode' }) currentMode: TradeMode;
  @Column({ type: 'enum', enum: TransferMode, enumName: 'transfer_mode' }) terms: TransferMode;
  @Column({ type: 'enum', enum: TradeStatus, enumName: 'trade_status' }) status: TradeStatus;
  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true }) listPrice: string | null;
  @Column({ type: 'timestamptz' }) startsAt: Date;
  @Column({ type: 'timestamptz' }) endsAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) noticeEndsAt: Date | null;
  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true }) startPrice: string | null;
  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true }) increment: string | null;
  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true }) reservePrice: string | null;
  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true }) depositAmount: string | null;
  @Column({ type: 'int', default: 300 }) extensionSeconds: number;
  @Column({ type: 'int', nullable: true }) durationSeconds: number | null;
  /** a paid bidder that never bids forfeits its deposit at the close (the seller's term) */
  @Column({ type: 'boolean', default: false }) forfeitIfNoBid: boolean;
  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true }) currentPrice: string | null;
  @Column({ type: 'uuid', nullable: true }) leadingRegistrationId: string | null;
  @Column({ type: 'int', default: 0 }) bidCount: number;
  @Column({ type: 'varchar', length: 40, nullable: true }) outcome: string | null;
  @Column({ type: 'timestamptz', nullable: true }) closedAt: Date | null;
  /** the evidence chain's length and head, kept beside it so that a deleted tail entry shows too */
  @Column({ type: 'int', default: 0 }) evidenceLength: number;
  @Column({ type: 'char', length: 64, nullable: true }) evidenceHead: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
