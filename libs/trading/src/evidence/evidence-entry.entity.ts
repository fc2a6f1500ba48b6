import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TradeListingEntity } from '../listings/trade-listing.entity.js';

/** 上链存证: one entry per trading step, chained by hash per listing; never updated. */
@Entity('evidence_entries')
export class EvidenceEntryEntity {
  @PrimaryColumn({ type: 'uuid' }) listingId: string;
  @PrimaryColumn({ type: 'int' }) index: number;
  @ManyToOne(() => TradeListingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'listing_id', foreignKeyConstraintName: 'fk_evidence_entries_listing' })
  listing?: TradeListingEntity;
  @Column({ type: 'varchar', length: 40 }) kind: string;
  @Column({ type: 'jsonb' }) payload: Record<string, unknown>;
  @Column({ type: 'char', length: 64, nullable: true }) prevHash: string | null;
  @Column({ type: 'char', length: 64 }) hash: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
