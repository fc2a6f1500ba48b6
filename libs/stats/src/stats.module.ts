import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MarketsModule } from '@techmarket/markets';
import { statsEntities } from './stats-aggregates.entity.js';
import { StatsResolver } from './stats.resolver.js';
import { StatsService } from './stats.service.js';

/**
 * Market statistics (PRODUCT.md §9): whole days from aggregates that triggers on the trading and catalogue
 * tables keep exact, the rest of a window from those tables.
 */
@Module({
  imports: [TypeOrmModule.forFeature(statsEntities), MarketsModule],
  providers: [StatsService, StatsResolver],
})
export class StatsModule {}
