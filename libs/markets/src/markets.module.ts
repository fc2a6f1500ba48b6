import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MarketEntity } from './markets/market.entity.js';
import { MarketsResolver } from './markets/markets.resolver.js';
import { MarketsService } from './markets/markets.service.js';
import { MarketPolicyEntity } from './policies/market-policy.entity.js';
import { MarketPoliciesResolver, MarketPolicyFieldsResolver } from './policies/market-policies.resolver.js';
import { MarketPoliciesService } from './policies/market-policies.service.js';

export const marketsEntities = [MarketEntity, MarketPolicyEntity];

/**
 * Markets (分市场): their scopes, which the catalogue, trading, matching and statistics narrow to, and their
 * policies (the subsidy, broker points), which trading and matching apply.
 */
@Module({
  imports: [TypeOrmModule.forFeature(marketsEntities)],
  providers: [
    MarketsService,
    MarketsResolver,
    MarketPoliciesService,
    MarketPoliciesResolver,
    MarketPolicyFieldsResolver,
  ],
  exports: [MarketsService, MarketPoliciesService],
})
export class MarketsModule {}
