import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@techmarket/shared';
import { MarketStats } from './market-stats.model.js';
import { statsWindow } from './stats-window.js';
import { StatsService } from './stats.service.js';

@Resolver(() => MarketStats)
export class StatsResolver {
  constructor(private readonly stats: StatsService) {}

  @Public()
  @Query(() => MarketStats)
  marketStats(
    @Args('regionCode', { type: () => String, nullable: true }) regionCode?: string,
    @Args('from', { type: () => Date, nullable: true }) from?: Date,
    @Args('to', { type: () => Date, nullable: true }) to?: Date,
  ) {
    return this.stats.market(statsWindow(regionCode, from, to));
  }
}
