import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { TradeListingEntity } from '../listings/trade-listing.entity.js';
import { RegistrationEntity } from './registration.entity.js';

/** An accepted bid. The database holds the invariants: one bid per amount per auction, one per bidder and key. */
@Entity('bids')
@Unique('uq_bids_amount', ['listingId', 'amount'])
@Unique('uq_bids_idempotency', ['registrationId', 'idempotencyKey'])
@Index('ix_bids_listing_created', ['listingId', 'createdAt'])
@Check('ck_bids_amount', '"amount" > 0')
export class BidEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) listingId: string;
  @ManyToOne(() => TradeListingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'listing_id', foreignKeyConstraintName: 'fk_bids_listing' })
  listing?: TradeListingEntity;
  @Column({ type: 'uuid' }) registrationId: string;
  @ManyToOne(() => RegistrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id', foreignKeyConstraintName: 'fk_bids_registration' })
  registration?: RegistrationEntity;
  @Column({ type: 'varchar', length: 8 }) paddle: string;
  @Column({ type: 'numeric', precision: 18, scale: 2 }) amount: string;
  @Column({ type: 'varchar', length: 100 }) idempotencyKey: string;
  /** the database clock at acceptance, after the listing row was locked */
  @Column({ type: 'timestamptz' }) createdAt: Date;
}
