import { Module } from '@nestjs/common';
import { StatsResolver } from './stats.resolver.js';
import { StatsService } from './stats.service.js';

/** Market statistics (PRODUCT.md §9), read straight from the trading and catalogue tables. */
@Module({ providers: [StatsService, StatsResolver] })
export class StatsModule {}
