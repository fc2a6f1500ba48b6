import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@techmarket/identity';
import { AchievementEntity, PatentEntity } from './achievements/achievement.entity.js';
import { AchievementsRepository } from './achievements/achievements.repository.js';
import { AchievementsResolver } from './achievements/achievements.resolver.js';
import { AchievementsService } from './achievements/achievements.service.js';
import { FieldEntity } from './fields/field.entity.js';
import { FieldsResolver } from './fields/fields.resolver.js';
import { FieldsService } from './fields/fields.service.js';

export const catalogEntities = [FieldEntity, AchievementEntity, PatentEntity];

@Module({
  imports: [TypeOrmModule.forFeature(catalogEntities), IdentityModule],
  providers: [
    FieldsService,
    FieldsResolver,
    AchievementsRepository,
    AchievementsService,
    AchievementsResolver,
  ],
  exports: [FieldsService, AchievementsService],
})
export class CatalogModule {}
