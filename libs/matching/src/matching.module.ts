import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@techmarket/catalog';
import { IdentityModule } from '@techmarket/identity';
import { DockingEntity } from './dockings/docking.entity.js';
import { DockingsResolver } from './dockings/dockings.resolver.js';
import { DockingsService } from './dockings/dockings.service.js';
import { CorpusTotalsEntity, ListingTermsEntity, TermDfEntity } from './engine/listing-terms.entity.js';
import { MatchEntity } from './matches/match.entity.js';
import {
  AchievementMatchesResolver,
  MatchesResolver,
  NeedMatchesResolver,
} from './matches/matches.resolver.js';
import { MatchesRepository } from './matches/matches.repository.js';
import { MatchesService } from './matches/matches.service.js';
import { MATCHING_QUEUE } from './queue/matching.queue.js';

export const matchingEntities = [
  MatchEntity,
  DockingEntity,
  ListingTermsEntity,
  TermDfEntity,
  CorpusTotalsEntity,
];

/** The API side of matching: matches, feedback, dockings; re-matching is only queued here. */
@Module({
  imports: [
    TypeOrmModule.forFeature(matchingEntities),
    BullModule.registerQueue({ name: MATCHING_QUEUE }),
    CatalogModule,
    IdentityModule,
  ],
  providers: [
    MatchesRepository,
    MatchesService,
    MatchesResolver,
    NeedMatchesResolver,
    AchievementMatchesResolver,
    DockingsService,
    DockingsResolver,
  ],
  exports: [MatchesService],
})
export class MatchingModule {}
