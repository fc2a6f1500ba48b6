import {
  Args,
  Context,
  ID,
  Info,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Organization, OrganizationsService } from '@techmarket/identity';
import { CurrentUser, Public } from '@techmarket/shared';
import { MatchingState } from '../matching-state/matching-state.model.js';
import { MatchingStatesService } from '../matching-state/matching-states.service.js';
import { selectsField } from '../common/selection.js';
import type { AuthUser, GraphQLRequestContext } from '@techmarket/shared';
import { Achievement, AchievementConnection, Patent } from './achievement.model.js';
import { AchievementsService } from './achievements.service.js';
import { Expert } from '../experts/expert.model.js';
import { ExpertsService } from '../experts/experts.service.js';
import { AchievementFilter, AchievementInput } from './dto/achievement.input.js';
import { MARKET_ARG } from '../common/market-narrowing.js';

@Resolver(() => Achievement)
export class AchievementsResolver {
  constructor(
    private readonly service: AchievementsService,
    private readonly organizations: OrganizationsService,
    private readonly matchingStates: MatchingStatesService,
    private readonly experts: ExpertsService,
  ) {}

  @Public()
  @Query(() => Achievement, { nullable: true })
  achievement(@CurrentUser() user: AuthUser | null, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(user, id);
  }

  @Public()
  @Query(() => AchievementConnection)
  achievements(
    @CurrentUser() user: AuthUser | null,
    @Args('query', { type: () => String, nullable: true }) query?: string,
    @Args('filter', { type: () => AchievementFilter, nullable: true }) filter?: AchievementFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Info() info?: GraphQLResolveInfo,
    @Args('market', MARKET_ARG) market?: string,
  ) {
    // facets are counted only when asked for: a member's workspace or a search box asks the total only
    const facets = !info || selectsField(info, 'facets');
    return this.service.list(user, { query, filter, first, after, market }, { facets });
  }

  @Mutation(() => Achievement)
  createAchievement(
    @CurrentUser() user: AuthUser,
    @Args('input', { type: () => AchievementInput }) input: AchievementInput,
  ) {
    return this.service.create(user, input);
  }

  @Mutation(() => Achievement)
  updateAchievement(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => AchievementInput }) input: AchievementInput,
  ) {
    return this.service.update(user, id, input);
  }

  @Mutation(() => Achievement)
  submitAchievement(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.service.submit(user, id);
  }

  @Mutation(() => Achievement)
  reviewAchievement(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('approve', { type: () => Boolean }) approve: boolean,
    @Args('comment', { type: () => String, nullable: true }) comment?: string,
  ) {
    return this.service.review(user, id, approve, comment);
  }

  @Mutation(() => Achievement)
  withdrawAchievement(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.service.withdraw(user, id);
  }

  @ResolveField(() => MatchingState)
  matching(@Parent() achievement: Achievement, @Context() ctx: GraphQLRequestContext) {
    return this.matchingStates.load(ctx.loaders, 'ACHIEVEMENT', achievement.id);
  }

  @ResolveField(() => Organization)
  owner(@Parent() achievement: Achievement, @Context() ctx: GraphQLRequestContext) {
    return this.organizations.load(ctx.loaders, achievement.ownerId);
  }

  /** The team in its order; a team has at most 50 experts, so the default is all of it. */
  @ResolveField(() => [Expert])
  team(
    @Parent() achievement: Achievement,
    @Context() ctx: GraphQLRequestContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
  ) {
    return this.experts.loadTeam(ctx.loaders, achievement.id, first);
  }

  @ResolveField(() => [Patent])
  patents(@Parent() achievement: Achievement, @Context() ctx: GraphQLRequestContext) {
    return this.service.loadPatents(ctx.loaders, achievement.id);
  }
}
