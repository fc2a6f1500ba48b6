import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TradeListingEntity } from '../listings/trade-listing.entity.js';

/**
 * A listing chain's head at a length, signed with the server's Ed25519 key in the step's own
 * transaction. Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE.
 */
@Entity('evidence_checkpoints')
export class EvidenceCheckpointEntity {
  @PrimaryColumn({ type: 'uuid' }) listingId: string;
  @PrimaryColumn({ type: 'int' }) length: number;
  @ManyToOne(() => TradeListingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'listing_id', foreignKeyConstraintName: 'fk_evidence_checkpoints_listing' })
  listing?: TradeListingEntity;
  @Column({ type: 'char', length: 64 }) headHash: string;
  @Column({ type: 'varchar', length: 16 }) keyId: string;
  @Column({ type: 'varchar', length: 88 }) signature: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
