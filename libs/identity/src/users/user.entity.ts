import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { PlatformRole } from '@techmarket/shared';
import { OrganizationEntity } from '../organizations/organization.entity.js';

@Entity('users')
@Check('ck_users_member_has_organization', `"role" <> 'MEMBER' OR "organization_id" IS NOT NULL`)
@Check('ck_users_email_lowercase', `"email" = lower("email")`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('uq_users_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;
  @Column({ type: 'text' }) passwordHash: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({
    type: 'enum',
    enum: ['MEMBER', 'OPERATOR', 'MARKET_OPERATOR'],
    enumName: 'platform_role',
    default: 'MEMBER',
  })
  role: PlatformRole;
  @Index('ix_users_organization')
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_users_organization' })
  organization?: OrganizationEntity;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
