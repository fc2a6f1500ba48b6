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

/** A researcher in the expert "menu" (菜单式服务); public once created, edited by its organization. */
@Entity('experts')
@Index('ix_experts_organization', ['organizationId'])
@Index('ix_experts_created', ['createdAt', 'id'])
@Index('ix_experts_search', { synchronize: false }) // GIN (search_vector), created by the migration
@Check('ck_experts_fields', 'cardinality("field_codes") >= 1')
@Check('ck_experts_research_areas', 'cardinality("research_areas") <= 20')
export class ExpertEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** null for an independent expert registered by an operator */
  @Column({ type: 'uuid', nullable: true }) organizationId: string | null;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_experts_organization' })
  organization?: OrganizationEntity;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) title: string | null;
  @Column({ type: 'varchar', length: 8, array: true }) fieldCodes: string[];
  @Column({ type: 'text', array: true, default: '{}' }) researchAreas: string[];
  @Column({ type: 'varchar', length: 2000 }) bio: string;
  @Column({ type: 'char', length: 6 }) regionCode: string;
  @Column({ type: 'tsvector', select: false, nullable: true }) searchVector?: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
