import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Organization, OrganizationsService } from '@techmarket/identity';
import { CurrentUser, Public } from '@techmarket/shared';
import type { AuthUser, GraphQLRequestContext } from '@techmarket/shared';
import { Achievement } from '../achievements/achievement.model.js';
import { AchievementsService } from '../achievements/achievements.service.js';
import { ExpertFilter, ExpertInput } from './dto/expert.input.js';
import { Expert, ExpertConnection } from './expert.model.js';
import { ExpertsService } from './experts.service.js';

import { MARKET_ARG } from '../common/market-narrowing.js';
@Resolver(() => Expert)
export class ExpertsResolver {
  constructor(
    private readonly service: ExpertsService,
    private readonly achievementsService: AchievementsService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Public()
  @Query(() => Expert, { nullable: true })
  expert(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @Public()
  @Query(() => ExpertConnection)
  experts(
    @Args('query', { type: () => String, nullable: true }) query?: string,
    @Args('filter', { type: () => ExpertFilter, nullable: true }) filter?: ExpertFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('market', MARKET_ARG) market?: string,
  ) {
    return this.service.list({ query, filter, first, after, market });
  }

  @Mutation(() => Expert)
  createExpert(
    @CurrentUser() user: AuthUser,
    @Args('input', { type: () => ExpertInput }) input: ExpertInput,
  ) {
    return this.service.create(user, input);
  }

  @Mutation(() => Expert)
  updateExpert(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => ExpertInput }) input: ExpertInput,
  ) {
    return this.service.update(user, id, input);
  }

  @ResolveField(() => Organization, { nullable: true })
  organization(@Parent() expert: Expert, @Context() ctx: GraphQLRequestContext) {
    return expert.organizationId ? this.organizations.load(ctx.loaders, expert.organizationId) : null;
  }

  /** The achievements whose team this expert is on, as far as the viewer may see them, newest first. */
  @ResolveField(() => [Achievement])
  achievements(
    @Parent() expert: Expert,
    @CurrentUser() user: AuthUser | null,
    @Context() ctx: GraphQLRequestContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
  ) {
    return this.achievementsService.loadByExpert(ctx.loaders, user, expert.id, first);
  }
}
