import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { AchievementEntity, ExpertEntity, NeedEntity } from '@techmarket/catalog';
import { DismissReason, type MatchReasonKind, MatchStatus, MatchTarget } from './match.enums.js';

export interface StoredReason {
  kind: MatchReasonKind;
  detail: string;
  weight: number;
}

/** A scored pairing of a need with an achievement or an expert; one per pair, rewritten in place. */
@Entity('matches')
@Unique('uq_matches_need_achievement', ['needId', 'achievementId'])
@Unique('uq_matches_need_expert', ['needId', 'expertId'])
@Index('ix_matches_need_target_score', ['needId', 'target', 'score'])
@Index('ix_matches_achievement_score', ['achievementId', 'score'])
@Index('ix_matches_expert', ['expertId'])
@Check(
  'ck_matches_target',
  `("target" = 'ACHIEVEMENT' AND "achievement_id" IS NOT NULL AND "expert_id" IS NULL) OR ("target" = 'EXPERT' AND "expert_id" IS NOT NULL AND "achievement_id" IS NULL)`,
)
@Check('ck_matches_score', '"score" >= 0 AND "score" <= 1')
@Check('ck_matches_dismissal', `("status" = 'DISMISSED') = ("dismiss_reason" IS NOT NULL)`)
export class MatchEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) needId: string;
  @ManyToOne(() => NeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_matches_need' })
  need?: NeedEntity;
  @Column({ type: 'enum', enum: MatchTarget, enumName: 'match_target' }) target: MatchTarget;
  @Column({ type: 'uuid', nullable: true }) achievementId: string | null;
  @ManyToOne(() => AchievementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'achievement_id', foreignKeyConstraintName: 'fk_matches_achievement' })
  achievement?: AchievementEntity;
  @Column({ type: 'uuid', nullable: true }) expertId: string | null;
  @ManyToOne(() => ExpertEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expert_id', foreignKeyConstraintName: 'fk_matches_expert' })
  expert?: ExpertEntity;
  @Column({ type: 'double precision' }) score: number;
  @Column({ type: 'jsonb', default: () => `'[]'` }) reasons: StoredReason[];
  @Column({ type: 'enum', enum: MatchStatus, enumName: 'match_status', default: MatchStatus.SUGGESTED })
  status: MatchStatus;
  @Column({ type: 'enum', enum: DismissReason, enumName: 'dismiss_reason', nullable: true })
  dismissReason: DismissReason | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
