import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type AuthUser, CurrentUser, type GraphQLRequestContext, Roles } from '@techmarket/shared';
import { Market } from '../markets/market.model.js';
import { MarketsService } from '../markets/markets.service.js';
import { MarketPolicy, MarketPolicyInput, MarketPolicyKindEnum } from './market-policy.model.js';
import { MarketPoliciesService } from './market-policies.service.js';

@Resolver(() => MarketPolicy)
export class MarketPoliciesResolver {
  constructor(
    private readonly policies: MarketPoliciesService,
    private readonly markets: MarketsService,
  ) {}

  @Roles('OPERATOR')
  @Mutation(() => MarketPolicy, {
    description:
      'root operators: a market’s subsidy or broker points policy from a day on (today or later); it never changes afterwards',
  })
  setMarketPolicy(
    @CurrentUser() user: AuthUser,
    @Args('market', { type: () => String }) market: string,
    @Args('input', { type: () => MarketPolicyInput }) input: MarketPolicyInput,
  ) {
    return this.policies.set(market, input, user.id);
  }

  @ResolveField(() => Market)
  market(@Parent() p: MarketPolicy, @Context() ctx: GraphQLRequestContext) {
    return this.markets.load(ctx.loaders, p.marketCode);
  }
}

@Resolver(() => Market)
export class MarketPolicyFieldsResolver {
  constructor(private readonly service: MarketPoliciesService) {}

  @ResolveField(() => [MarketPolicy], { description: 'the market’s policies, by the day they take effect' })
  policies(
    @Parent() m: Market,
    @Args('kind', { type: () => MarketPolicyKindEnum, nullable: true }) kind?: MarketPolicyKindEnum,
  ) {
    return this.service.of(m.code, kind);
  }
}
