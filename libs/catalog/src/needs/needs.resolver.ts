import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Organization, OrganizationsService } from '@techmarket/identity';
import { CurrentUser, Public } from '@techmarket/shared';
import { MatchingState } from '../matching-state/matching-state.model.js';
import { MatchingStatesService } from '../matching-state/matching-states.service.js';
import type { AuthUser, GraphQLRequestContext } from '@techmarket/shared';
import { NeedFilter, NeedInput } from './dto/need.input.js';
import { Challenge, TechNeed, TechNeedConnection } from './need.model.js';
import { NeedsService } from './needs.service.js';

import { MARKET_ARG } from '../common/market-narrowing.js';
@Resolver(() => TechNeed)
export class NeedsResolver {
  constructor(
    private readonly service: NeedsService,
    private readonly organizations: OrganizationsService,
    private readonly matchingStates: MatchingStatesService,
  ) {}

  @Public()
  @Query(() => TechNeed, { nullable: true })
  need(@CurrentUser() user: AuthUser | null, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(user, id);
  }

  @Public()
  @Query(() => TechNeedConnection)
  needs(
    @CurrentUser() user: AuthUser | null,
    @Args('query', { type: () => String, nullable: true }) query?: string,
    @Args('filter', { type: () => NeedFilter, nullable: true }) filter?: NeedFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('market', MARKET_ARG) market?: string,
  ) {
    return this.service.list(user, { query, filter, first, after, market });
  }

  @Mutation(() => TechNeed)
  createNeed(@CurrentUser() user: AuthUser, @Args('input', { type: () => NeedInput }) input: NeedInput) {
    return this.service.create(user, input);
  }

  @Mutation(() => TechNeed)
  updateNeed(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => NeedInput }) input: NeedInput,
  ) {
    return this.service.update(user, id, input);
  }

  @Mutation(() => TechNeed)
  submitNeed(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.service.submit(user, id);
  }

  @Mutation(() => TechNeed)
  reviewNeed(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('approve', { type: () => Boolean }) approve: boolean,
    @Args('comment', { type: () => String, nullable: true }) comment?: string,
  ) {
    return this.service.review(user, id, approve, comment);
  }

  @Mutation(() => TechNeed)
  closeNeed(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.service.close(user, id);
  }

  @ResolveField(() => MatchingState)
  matching(@Parent() need: TechNeed, @Context() ctx: GraphQLRequestContext) {
    return this.matchingStates.load(ctx.loaders, 'NEED', need.id);
  }

  @ResolveField(() => Organization)
  owner(@Parent() need: TechNeed, @Context() ctx: GraphQLRequestContext) {
    return this.organizations.load(ctx.loaders, need.ownerId);
  }

  @ResolveField(() => Challenge, { nullable: true })
  challenge(@Parent() need: TechNeed): Challenge | null {
    if (need.challengeReward === null || !need.challengeDeadline) return null;
    return { reward: need.challengeReward, submissionDeadline: need.challengeDeadline, needId: need.id };
  }
}
