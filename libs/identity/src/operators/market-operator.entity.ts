import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MarketEntity } from '@techmarket/markets';
import { UserEntity } from '../users/user.entity.js';

/** An appointment: this market operator (a user of role MARKET_OPERATOR) acts in this market. */
@Entity('market_operators')
@Index('ix_market_operators_market', ['marketCode'])
export class MarketOperatorEntity {
  @PrimaryColumn({ type: 'uuid' }) userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_market_operators_user' })
  user?: UserEntity;
  @PrimaryColumn({ type: 'varchar', length: 32 }) marketCode: string;
  @ManyToOne(() => MarketEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'market_code', foreignKeyConstraintName: 'fk_market_operators_market' })
  market?: MarketEntity;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
