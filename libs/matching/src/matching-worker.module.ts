import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@techmarket/catalog';
import { IdentityModule } from '@techmarket/identity';
import { CandidateReader } from './engine/candidate-reader.js';
import { ListingIndex } from './engine/listing-index.js';
import { MatchingEngine } from './engine/matching-engine.js';
import { MatchingRelay } from './engine/matching-relay.js';
import { MatchingProcessor } from './engine/matching.processor.js';
import { SubjectStates } from './engine/subject-states.js';
import { MatchesRepository } from './matches/matches.repository.js';
import { matchingEntities } from './matching.module.js';
import { MATCHING_QUEUE } from './queue/matching.queue.js';

/** The worker side of matching: the relay from Postgres into BullMQ and the processor. */
@Module({
  imports: [
    TypeOrmModule.forFeature(matchingEntities),
    BullModule.registerQueue({ name: MATCHING_QUEUE }),
    CatalogModule,
    IdentityModule,
  ],
  providers: [
    MatchesRepository,
    SubjectStates,
    ListingIndex,
    CandidateReader,
    MatchingEngine,
    MatchingProcessor,
    MatchingRelay,
  ],
})
export class MatchingWorkerModule {}
