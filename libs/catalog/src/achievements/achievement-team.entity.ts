import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ExpertEntity } from '../experts/expert.entity.js';
import { AchievementEntity } from './achievement.entity.js';

/** The experts behind an achievement, in the order the owner gave. */
@Entity('achievement_team')
@Index('ix_achievement_team_expert', ['expertId'])
export class AchievementTeamEntity {
  @PrimaryColumn({ type: 'uuid' }) achievementId: string;
  @PrimaryColumn({ type: 'uuid' }) expertId: string;
  @ManyToOne(() => AchievementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'achievement_id', foreignKeyConstraintName: 'fk_achievement_team_achievement' })
  achievement?: AchievementEntity;
  @ManyToOne(() => ExpertEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'expert_id', foreignKeyConstraintName: 'fk_achievement_team_expert' })
  expert?: ExpertEntity;
  @Column({ type: 'int' }) position: number;
}
