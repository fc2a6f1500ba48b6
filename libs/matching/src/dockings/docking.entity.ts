import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  Check,
} from 'typeorm';
import { AchievementEntity, ExpertEntity, NeedEntity } from '@techmarket/catalog';
import { OrganizationEntity, UserEntity } from '@techmarket/identity';
import { MatchEntity } from '../matches/match.entity.js';

export enum DockingStatus {
  REQUESTED = 'REQUESTED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  CLOSED = 'CLOSED',
}

/** A request for contact (对接) from one organization to the owner of an achievement, expert or need. */
@Entity('dockings')
@Index('ix_dockings_requester', ['requesterId', 'createdAt'])
@Index('ix_dockings_target', ['targetId', 'createdAt'])
@Check(
  'ck_dockings_subject',
  '"achievement_id" IS NOT NULL OR "expert_id" IS NOT NULL OR "need_id" IS NOT NULL',
)
@Check('ck_dockings_parties', '"requester_id" <> "target_id"')
export class DockingEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'enum', enum: DockingStatus, enumName: 'docking_status', default: DockingStatus.REQUESTED })
  status: DockingStatus;
  @Column({ type: 'uuid' }) requesterId: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requester_id', foreignKeyConstraintName: 'fk_dockings_requester' })
  requester?: OrganizationEntity;
  @Column({ type: 'uuid' }) targetId: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'target_id', foreignKeyConstraintName: 'fk_dockings_target' })
  target?: OrganizationEntity;
  @Column({ type: 'uuid', nullable: true }) achievementId: string | null;
  @ManyToOne(() => AchievementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'achievement_id', foreignKeyConstraintName: 'fk_dockings_achievement' })
  achievement?: AchievementEntity;
  @Column({ type: 'uuid', nullable: true }) needId: string | null;
  @ManyToOne(() => NeedEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_dockings_need' })
  need?: NeedEntity;
  @Column({ type: 'uuid', nullable: true }) expertId: string | null;
  @ManyToOne(() => ExpertEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'expert_id', foreignKeyConstraintName: 'fk_dockings_expert' })
  expert?: ExpertEntity;
  @Column({ type: 'uuid', nullable: true }) matchId: string | null;
  @ManyToOne(() => MatchEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'fk_dockings_match' })
  match?: MatchEntity;
  @Column({ type: 'varchar', length: 2000 }) message: string;
  @Column({ type: 'varchar', length: 2000, nullable: true }) reply: string | null;
  @Column({ type: 'uuid', nullable: true }) brokerUserId: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'broker_user_id', foreignKeyConstraintName: 'fk_dockings_broker' })
  broker?: UserEntity;
  @Column({ type: 'uuid' }) createdById: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) answeredAt: Date | null;
}
