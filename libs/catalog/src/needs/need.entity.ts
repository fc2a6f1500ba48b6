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
import { Maturity, NeedStatus, TransferMode } from '../common/catalog.enums.js';

/** An enterprise's technology need (技术需求); with a reward and deadline it is a challenge (揭榜挂帅). */
@Entity('needs')
@Index('ix_needs_status_created', ['status', 'createdAt', 'id'])
@Index('ix_needs_owner_created', ['ownerId', 'createdAt', 'id'])
@Index('ix_needs_search', { synchronize: false }) // GIN (search_vector), created by the migration
@Check('ck_needs_keywords', 'cardinality("keywords") <= 20')
@Check('ck_needs_fields', 'cardinality("field_codes") >= 1')
@Check('ck_needs_modes', 'cardinality("cooperation_modes") >= 1')
@Check('ck_needs_description', 'char_length("description") <= 20000')
@Check('ck_needs_budget', '"budget_min" >= 0 AND "budget_max" >= 0 AND "budget_min" <= "budget_max"')
@Check(
  'ck_needs_challenge',
  '("challenge_reward" IS NULL) = ("challenge_deadline" IS NULL) AND ("challenge_reward" IS NULL OR "challenge_reward" > 0)',
)
export class NeedEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) ownerId: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_needs_owner' })
  owner?: OrganizationEntity;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'text' }) description: string;
  @Column({ type: 'text', array: true, default: '{}' }) keywords: string[];
  @Column({ type: 'varchar', length: 8, array: true }) fieldCodes: string[];
  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true }) budgetMin: string | null;
  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true }) budgetMax: string | null;
  @Column({ type: 'enum', enum: TransferMode, enumName: 'transfer_mode', array: true })
  cooperationModes: TransferMode[];
  @Column({ type: 'enum', enum: Maturity, enumName: 'maturity', nullable: true })
  minMaturity: Maturity | null;
  @Column({ type: 'timestamptz', nullable: true }) deadline: Date | null;
  @Column({ type: 'char', length: 6 }) regionCode: string;
  @Column({ type: 'enum', enum: NeedStatus, enumName: 'need_status', default: NeedStatus.DRAFT })
  status: NeedStatus;
  @Column({ type: 'text', nullable: true }) reviewComment: string | null;
  /** the challenge terms (揭榜挂帅): both set or both null */
  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true }) challengeReward: string | null;
  @Column({ type: 'timestamptz', nullable: true }) challengeDeadline: Date | null;
  /** jieba tokens: title weight A, keywords B, description C; written by the repository */
  @Column({ type: 'tsvector', select: false, nullable: true }) searchVector?: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) openedAt: Date | null;
}
