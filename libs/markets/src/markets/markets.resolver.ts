import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLRequestContext, Public, Roles } from '@techmarket/shared';
import { Market, MarketInput } from './market.model.js';
import { MarketsService } from './markets.service.js';

@Resolver(() => Market)
export class MarketsResolver {
  constructor(private readonly service: MarketsService) {}

  @Public()
  @Query(() => [Market], {
    description: 'every market: the root (the whole platform) first, then regions, then industries',
  })
  markets() {
    return this.service.list();
  }

  @Public()
  @Query(() => Market, { nullable: true })
  market(@Args('code', { type: () => String }) code: string) {
    return this.service.get(code);
  }

  @Roles('OPERATOR')
  @Mutation(() => Market, { description: 'root operators: a region or industry market under the root' })
  createMarket(@Args('input', { type: () => MarketInput }) input: MarketInput) {
    return this.service.create(input);
  }

  @ResolveField(() => Market, { nullable: true, description: 'the root for every market but the root' })
  parent(@Parent() m: Market, @Context() ctx: GraphQLRequestContext) {
    return m.parentCode ? this.service.load(ctx.loaders, m.parentCode) : null;
  }
}
