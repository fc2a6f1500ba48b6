import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Market } from '@techmarket/markets';
import { type AuthUser, CurrentUser, Roles } from '@techmarket/shared';
import { User } from '../users/user.model.js';
import { MarketOperatorInput } from './market-operator.input.js';
import { MarketOperatorsService } from './market-operators.service.js';

@Resolver(() => User)
export class MarketOperatorsResolver {
  constructor(private readonly operators: MarketOperatorsService) {}

  @Roles('OPERATOR')
  @Mutation(() => User, {
    description:
      'root operators: a market operator (a new account with a name and password, or an existing market operator by its email) acts in this market too',
  })
  appointMarketOperator(
    @Args('market', { type: () => String }) market: string,
    @Args('input', { type: () => MarketOperatorInput }) input: MarketOperatorInput,
  ) {
    return this.operators.appoint(market, input);
  }

  @Roles('OPERATOR')
  @Mutation(() => User, { description: 'root operators: the market operator no longer acts in this market' })
  dismissMarketOperator(
    @Args('market', { type: () => String }) market: string,
    @Args('userId', { type: () => ID }) userId: string,
  ) {
    return this.operators.dismiss(market, userId);
  }

  @Roles('OPERATOR')
  @Query(() => [User], { description: 'root operators: the operators of a market' })
  marketOperators(@Args('market', { type: () => String }) market: string) {
    return this.operators.operatorsOf(market);
  }

  @ResolveField(() => [Market], {
    description: 'a market operator’s markets, for itself and root operators; empty for anyone else',
  })
  markets(@Parent() user: User, @CurrentUser() viewer: AuthUser | null) {
    if (user.role !== 'MARKET_OPERATOR') return [];
    if (viewer?.id !== user.id && viewer?.role !== 'OPERATOR') return [];
    return this.operators.marketsOf(user.id);
  }
}
