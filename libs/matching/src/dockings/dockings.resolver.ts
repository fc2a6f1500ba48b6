import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Achievement,
  AchievementsService,
  Expert,
  ExpertsService,
  NeedsService,
  TechNeed,
} from '@techmarket/catalog';
import { Organization, OrganizationsService, User, UsersRepository } from '@techmarket/identity';
import { CurrentUser } from '@techmarket/shared';
import type { AuthUser, GraphQLRequestContext } from '@techmarket/shared';
import { Match } from '../matches/match.model.js';
import { MatchesService } from '../matches/matches.service.js';
import { Docking, DockingInput } from './docking.model.js';
import { DockingsService } from './dockings.service.js';

@Resolver(() => Docking)
export class DockingsResolver {
  constructor(
    private readonly service: DockingsService,
    private readonly organizations: OrganizationsService,
    private readonly achievements: AchievementsService,
    private readonly experts: ExpertsService,
    private readonly needs: NeedsService,
    private readonly matches: MatchesService,
    private readonly users: UsersRepository,
  ) {}

  @Query(() => [Docking])
  myDockings(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
  ) {
    return this.service.mine(user, first);
  }

  @Mutation(() => Docking)
  requestDocking(
    @CurrentUser() user: AuthUser,
    @Args('input', { type: () => DockingInput }) input: DockingInput,
  ) {
    return this.service.request(user, input);
  }

  @Mutation(() => Docking)
  respondDocking(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('accept', { type: () => Boolean }) accept: boolean,
    @Args('reply', { type: () => String, nullable: true }) reply?: string,
  ) {
    return this.service.respond(user, id, accept, reply);
  }

  @Mutation(() => Docking, {
    description: 'Either party ends a docking that is still requested or accepted: it becomes CLOSED',
  })
  closeDocking(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.service.close(user, id);
  }

  @Mutation(() => Docking)
  assignBroker(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('brokerUserId', { type: () => ID }) brokerUserId: string,
  ) {
    return this.service.assignBroker(user, id, brokerUserId);
  }

  @ResolveField(() => Organization)
  requester(@Parent() d: Docking, @Context() ctx: GraphQLRequestContext) {
    return this.organizations.load(ctx.loaders, d.requesterId);
  }

  @ResolveField(() => Organization)
  target(@Parent() d: Docking, @Context() ctx: GraphQLRequestContext) {
    return this.organizations.load(ctx.loaders, d.targetId);
  }

  @ResolveField(() => Achievement, { nullable: true })
  achievement(@Parent() d: Docking, @CurrentUser() user: AuthUser, @Context() ctx: GraphQLRequestContext) {
    return d.achievementId ? this.achievements.load(ctx.loaders, user, d.achievementId) : null;
  }

  @ResolveField(() => TechNeed, { nullable: true })
  need(@Parent() d: Docking, @CurrentUser() user: AuthUser, @Context() ctx: GraphQLRequestContext) {
    return d.needId ? this.needs.load(ctx.loaders, user, d.needId) : null;
  }

  @ResolveField(() => Expert, { nullable: true })
  expert(@Parent() d: Docking, @Context() ctx: GraphQLRequestContext) {
    return d.expertId ? this.experts.load(ctx.loaders, d.expertId) : null;
  }

  @ResolveField(() => Match, { nullable: true })
  match(@Parent() d: Docking, @CurrentUser() user: AuthUser, @Context() ctx: GraphQLRequestContext) {
    return d.matchId ? this.matches.load(ctx.loaders, user, d.matchId) : null;
  }

  @ResolveField(() => User, { nullable: true })
  broker(@Parent() d: Docking) {
    return d.brokerUserId ? this.users.findById(d.brokerUserId) : null;
  }
}
