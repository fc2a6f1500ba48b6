import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { AchievementEntity } from '@techmarket/catalog';
import { OrganizationEntity } from '@techmarket/identity';
import { TradeListingEntity } from '../listings/trade-listing.entity.js';
import { ContractKind, ContractStatus } from '../listings/trade.enums.js';

/** A technology contract (技术合同): from every deal, or entered for a deal made offline. */
@Entity('contracts')
@Unique('uq_contracts_registration_number', ['registrationNumber'])
@Index('ix_contracts_buyer', ['buyerId'])
@Index('ix_contracts_seller', ['sellerId'])
@Check('ck_contracts_amount', '"amount" >= 0')
@Check('ck_contracts_registered', `("status" = 'REGISTERED') = ("registration_number" IS NOT NULL)`)
export class ContractEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'enum', enum: ContractKind, enumName: 'contract_kind' }) kind: ContractKind;
  @Column({ type: 'numeric', precision: 18, scale: 2 }) amount: string;
  @Column({ type: 'uuid' }) sellerId: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seller_id', foreignKeyConstraintName: 'fk_contracts_seller' })
  seller?: OrganizationEntity;
  @Column({ type: 'uuid' }) buyerId: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buyer_id', foreignKeyConstraintName: 'fk_contracts_buyer' })
  buyer?: OrganizationEntity;
  @Column({ type: 'uuid', nullable: true }) achievementId: string | null;
  @ManyToOne(() => AchievementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'achievement_id', foreignKeyConstraintName: 'fk_contracts_achievement' })
  achievement?: AchievementEntity;
  @Column({ type: 'enum', enum: ContractStatus, enumName: 'contract_status', default: ContractStatus.DRAFT })
  status: ContractStatus;
  @Column({ type: 'timestamptz', nullable: true }) sellerSignedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) buyerSignedAt: Date | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) registrationNumber: string | null;
  @Column({ type: 'timestamptz', nullable: true }) registeredAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** 成交: one per listing, held by the database. */
@Entity('deals')
@Unique('uq_deals_listing', ['listingId'])
@Unique('uq_deals_contract', ['contractId'])
@Check('ck_deals_price', '"price" >= 0')
export class DealEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', nullable: true }) listingId: string | null;
  @ManyToOne(() => TradeListingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'listing_id', foreignKeyConstraintName: 'fk_deals_listing' })
  listing?: TradeListingEntity;
  @Column({ type: 'uuid' }) buyerId: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buyer_id', foreignKeyConstraintName: 'fk_deals_buyer' })
  buyer?: OrganizationEntity;
  @Column({ type: 'uuid' }) sellerId: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seller_id', foreignKeyConstraintName: 'fk_deals_seller' })
  seller?: OrganizationEntity;
  @Column({ type: 'numeric', precision: 18, scale: 2 }) price: string;
  @Column({ type: 'uuid' }) contractId: string;
  @OneToOne(() => ContractEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contract_id', foreignKeyConstraintName: 'fk_deals_contract' })
  contract?: ContractEntity;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
