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
import { OrganizationEntity } from '@techmarket/identity';
import { TradeListingEntity } from '../listings/trade-listing.entity.js';

export enum OfferStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  COUNTERED = 'COUNTERED',
}

/** 协议定价: a buyer's offer, the seller's answer or counter. One accepted offer per listing, held by the database. */
@Entity('offers')
@Index('ix_offers_listing', ['listingId', 'createdAt'])
@Index('uq_offers_accepted', { synchronize: false }) // partial unique (listing_id) where ACCEPTED, by the migration
@Index('uq_offers_idempotency', ['listingId', 'buyerId', 'idempotencyKey'], {
  unique: true,
  where: '"idempotency_key" IS NOT NULL',
})
@Check('ck_offers_amount', '"amount" > 0 AND ("counter_amount" IS NULL OR "counter_amount" > 0)')
export class OfferEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) listingId: string;
  @ManyToOne(() => TradeListingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'listing_id', foreignKeyConstraintName: 'fk_offers_listing' })
  listing?: TradeListingEntity;
  @Column({ type: 'uuid' }) buyerId: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buyer_id', foreignKeyConstraintName: 'fk_offers_buyer' })
  buyer?: OrganizationEntity;
  @Column({ type: 'numeric', precision: 18, scale: 2 }) amount: string;
  @Column({ type: 'varchar', length: 2000, nullable: true }) message: string | null;
  @Column({ type: 'enum', enum: OfferStatus, enumName: 'offer_status', default: OfferStatus.OPEN })
  status: OfferStatus;
  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true }) counterAmount: string | null;
  /** The client's key for this offer: a retried makeOffer with it answers the offer already made. */
  @Column({ type: 'varchar', length: 100, nullable: true }) idempotencyKey: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** 异议 during the public notice of an agreed price; an operator upholds (the deal fails) or dismisses it. */
@Entity('objections')
@Index('ix_objections_listing', ['listingId'])
export class ObjectionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) listingId: string;
  @ManyToOne(() => TradeListingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'listing_id', foreignKeyConstraintName: 'fk_objections_listing' })
  listing?: TradeListingEntity;
  @Column({ type: 'uuid' }) raisedById: string;
  @Column({ type: 'varchar', length: 2000 }) reason: string;
  @Column({ type: 'boolean', nullable: true }) upheld: boolean | null;
  @Column({ type: 'timestamptz', nullable: true }) resolvedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
