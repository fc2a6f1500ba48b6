import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { OrganizationEntity } from '@techmarket/identity';
import { AchievementStatus, Maturity, PatentKind, TransferMode } from '../common/catalog.enums.js';

@Entity('achievements')
@Index('ix_achievements_status_created', ['status', 'createdAt', 'id'])
@Index('ix_achievements_owner_created', ['ownerId', 'createdAt', 'id'])
@Index('ix_achievements_region', ['regionCode'])
@Index('ix_achievements_search', { synchronize: false }) // GIN (search_vector), created by the migration
@Index('ix_achievements_fields', { synchronize: false }) // GIN (field_codes), created by the migration
// GIN (catalog_province_lexemes(search_vector, region_code)) and (created_at, id) of public rows: SearchTuning
@Index('ix_achievements_search_province', { synchronize: false })
@Index('ix_achievements_public_created', { synchronize: false })
@Check('ck_achievements_keywords', 'cardinality("keywords") <= 20')
@Check('ck_achievements_fields', 'cardinality("field_codes") >= 1')
@Check('ck_achievements_description', 'char_length("description") <= 20000')
@Check('ck_achievements_price', '"asking_price" IS NULL OR "asking_price" >= 0')
export class AchievementEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) ownerId: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_achievements_owner' })
  owner?: OrganizationEntity;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'varchar', length: 2000 }) summary: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ type: 'text', array: true, default: '{}' }) keywords: string[];
  @Column({ type: 'varchar', length: 8, array: true }) fieldCodes: string[];
  @Column({ type: 'enum', enum: Maturity, enumName: 'maturity' }) maturity: Maturity;
  @Column({ type: 'enum', enum: TransferMode, enumName: 'transfer_mode', array: true })
  transferModes: TransferMode[];
  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true }) askingPrice: string | null;
  @Column({ type: 'char', length: 6 }) regionCode: string;
  @Column({
    type: 'enum',
    enum: AchievementStatus,
    enumName: 'achievement_status',
    default: AchievementStatus.DRAFT,
  })
  status: AchievementStatus;
  @Column({ type: 'text', nullable: true }) reviewComment: string | null;
  /** jieba tokens: title weight A, keywords B, summary and description C; written by the repository */
  @Column({ type: 'tsvector', select: false, nullable: true }) searchVector?: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) listedAt: Date | null;
  @OneToMany(() => PatentEntity, (p) => p.achievement) patents?: PatentEntity[];
}

@Entity('achievement_patents')
@Unique('uq_achievement_patents_number', ['achievementId', 'number'])
export class PatentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) achievementId: string;
  @ManyToOne(() => AchievementEntity, (a) => a.patents, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'achievement_id', foreignKeyConstraintName: 'fk_achievement_patents_achievement' })
  achievement?: AchievementEntity;
  @Column({ type: 'varchar', length: 14 }) number: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) title: string | null;
  @Column({ type: 'enum', enum: PatentKind, enumName: 'patent_kind' }) kind: PatentKind;
  @Column({ type: 'int' }) position: number;
}
