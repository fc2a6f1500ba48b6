import { Args, Query, Resolver } from '@nestjs/graphql';
import { MarketsService } from '@techmarket/markets';
import { Public } from '@techmarket/shared';
import { MarketStats } from './market-stats.model.js';
import { inMarket, statsWindow } from './stats-window.js';
import { StatsService } from './stats.service.js';

@Resolver(() => MarketStats)
export class StatsResolver {
  constructor(
    private readonly stats: StatsService,
    private readonly markets: MarketsService,
  ) {}

  @Public()
  @Query(() => MarketStats)
  async marketStats(
    @Args('regionCode', { type: () => String, nullable: true }) regionCode?: string,
    @Args('from', { type: () => Date, nullable: true }) from?: Date,
    @Args('to', { type: () => Date, nullable: true }) to?: Date,
    @Args('market', {
      type: () => String,
      nullable: true,
      description: 'a market’s code: what is in that market now (a region market reads as its region filter)',
    })
    market?: string,
  ) {
    const w = statsWindow(regionCode, from, to);
    return this.stats.market(market ? inMarket(w, await this.markets.scope(market)) : w);
  }
}
