import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationKind, ServiceCategory } from './organization.enums.js';

@Entity('organizations')
@Index('ix_organizations_created', ['createdAt', 'id'])
@Index('ix_organizations_region', ['regionCode'])
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' }) kind: OrganizationKind;
  @Index('uq_organizations_credit_code', { unique: true })
  @Column({ type: 'char', length: 18 })
  creditCode: string;
  @Column({ type: 'char', length: 6 }) regionCode: string;
  @Column({ type: 'boolean', default: false }) verified: boolean;
  @Column({ type: 'enum', enum: ServiceCategory, enumName: 'service_category', array: true, default: '{}' })
  serviceCategories: ServiceCategory[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
