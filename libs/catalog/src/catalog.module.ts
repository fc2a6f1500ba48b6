import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@techmarket/identity';
import { MarketsModule } from '@techmarket/markets';
import { MarketNarrowing } from './common/market-narrowing.js';
import { AchievementEntity, PatentEntity } from './achievements/achievement.entity.js';
import { AchievementsRepository } from './achievements/achievements.repository.js';
import { AchievementsResolver } from './achievements/achievements.resolver.js';
import { AchievementsService } from './achievements/achievements.service.js';
import { AchievementTeamEntity } from './achievements/achievement-team.entity.js';
import { ExpertEntity } from './experts/expert.entity.js';
import { ExpertsRepository } from './experts/experts.repository.js';
import { ExpertsResolver } from './experts/experts.resolver.js';
import { ExpertsService } from './experts/experts.service.js';
import { MatchingStateEntity } from './matching-state/matching-state.entity.js';
import { MatchingStatesService } from './matching-state/matching-states.service.js';
import { NeedInputChecker } from './needs/need-input.js';
import { NeedEntity } from './needs/need.entity.js';
import { NeedsRepository } from './needs/needs.repository.js';
import { NeedsResolver } from './needs/needs.resolver.js';
import { NeedsService } from './needs/needs.service.js';
import { FieldEntity } from './fields/field.entity.js';
import { FieldsResolver } from './fields/fields.resolver.js';
import { FieldsService } from './fields/fields.service.js';

export const catalogEntities = [
  FieldEntity,
  AchievementEntity,
  PatentEntity,
  AchievementTeamEntity,
  ExpertEntity,
  NeedEntity,
  MatchingStateEntity,
];

@Module({
  imports: [TypeOrmModule.forFeature(catalogEntities), IdentityModule, MarketsModule],
  providers: [
    MarketNarrowing,
    FieldsService,
    FieldsResolver,
    AchievementsRepository,
    AchievementsService,
    AchievementsResolver,
    ExpertsRepository,
    ExpertsService,
    ExpertsResolver,
    NeedsRepository,
    NeedInputChecker,
    NeedsService,
    NeedsResolver,
    MatchingStatesService,
  ],
  exports: [FieldsService, AchievementsService, ExpertsService, NeedsService, MarketNarrowing],
})
export class CatalogModule {}
