import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  Check,
} from 'typeorm';
import { OrganizationEntity } from '@techmarket/identity';
import { TradeListingEntity } from '../listings/trade-listing.entity.js';
import { DepositStatus } from '../listings/trade.enums.js';

/** A buyer registered for a listing or auction (意向受让方 / 竞买人) under an anonymous paddle number. */
@Entity('registrations')
@Unique('uq_registrations_buyer', ['listingId', 'buyerId'])
@Unique('uq_registrations_paddle', ['listingId', 'paddle'])
@Check('ck_registrations_deposit', '"deposit_amount" >= 0')
export class RegistrationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) listingId: string;
  @ManyToOne(() => TradeListingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'listing_id', foreignKeyConstraintName: 'fk_registrations_listing' })
  listing?: TradeListingEntity;
  @Column({ type: 'uuid' }) buyerId: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buyer_id', foreignKeyConstraintName: 'fk_registrations_buyer' })
  buyer?: OrganizationEntity;
  @Column({ type: 'varchar', length: 8 }) paddle: string;
  @Column({ type: 'numeric', precision: 18, scale: 2 }) depositAmount: string;
  @Column({ type: 'enum', enum: DepositStatus, enumName: 'deposit_status', default: DepositStatus.PENDING })
  depositStatus: DepositStatus;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
