import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { ExpertEntity, NeedEntity } from '@techmarket/catalog';
import { OrganizationEntity } from '@techmarket/identity';
import { ContractEntity } from '../deals/deal.entity.js';

export enum ProposalStatus {
  SUBMITTED = 'SUBMITTED',
  AWARDED = 'AWARDED',
  NOT_AWARDED = 'NOT_AWARDED',
}

/** 揭榜: a solver's proposal to a challenge. One per solver and need; one AWARDED per need, held by the database. */
@Entity('proposals')
@Unique('uq_proposals_solver', ['needId', 'solverId'])
@Index('uq_proposals_awarded', { synchronize: false }) // partial unique (need_id) where AWARDED, by the migration
@Index('ix_proposals_solver', ['solverId'])
@Check('ck_proposals_price', '"price" > 0')
@Check('ck_proposals_duration', '"duration_days" >= 1 AND "duration_days" <= 3650')
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) needId: string;
  @ManyToOne(() => NeedEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_proposals_need' })
  need?: NeedEntity;
  @Column({ type: 'uuid' }) solverId: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'solver_id', foreignKeyConstraintName: 'fk_proposals_solver' })
  solver?: OrganizationEntity;
  @Column({ type: 'varchar', length: 2000 }) summary: string;
  @Column({ type: 'numeric', precision: 18, scale: 2 }) price: string;
  @Column({ type: 'int' }) durationDays: number;
  @Column({
    type: 'enum',
    enum: ProposalStatus,
    enumName: 'proposal_status',
    default: ProposalStatus.SUBMITTED,
  })
  status: ProposalStatus;
  /** the development contract an award made */
  @Column({ type: 'uuid', nullable: true }) contractId: string | null;
  @ManyToOne(() => ContractEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contract_id', foreignKeyConstraintName: 'fk_proposals_contract' })
  contract?: ContractEntity;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** The experts a proposal names as its team, in the solver's order. */
@Entity('proposal_experts')
@Index('ix_proposal_experts_expert', ['expertId'])
export class ProposalExpertEntity {
  @PrimaryColumn({ type: 'uuid' }) proposalId: string;
  @PrimaryColumn({ type: 'uuid' }) expertId: string;
  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_proposal_experts_proposal' })
  proposal?: ProposalEntity;
  @ManyToOne(() => ExpertEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'expert_id', foreignKeyConstraintName: 'fk_proposal_experts_expert' })
  expert?: ExpertEntity;
  @Column({ type: 'int' }) position: number;
}
