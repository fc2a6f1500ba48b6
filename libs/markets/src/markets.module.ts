import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MarketEntity } from './markets/market.entity.js';
import { MarketsResolver } from './markets/markets.resolver.js';
import { MarketsService } from './markets/markets.service.js';

export const marketsEntities = [MarketEntity];

/** Markets (分市场): their scopes, which the catalogue, trading, matching and statistics narrow to. */
@Module({
  imports: [TypeOrmModule.forFeature(marketsEntities)],
  providers: [MarketsService, MarketsResolver],
  exports: [MarketsService],
})
export class MarketsModule {}
