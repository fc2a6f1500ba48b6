import { InjectQueue } from '@nestjs/bullmq';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Queue } from 'bullmq';
import {
  Achievement,
  AchievementsService,
  Expert,
  FacetCount,
  ExpertsService,
  NeedsService,
  TechNeed,
} from '@techmarket/catalog';
import { CurrentUser, requireQueue, Roles } from '@techmarket/shared';
import type { AuthUser, GraphQLRequestContext } from '@techmarket/shared';
import { MATCHING_QUEUE, MatchingJobName, type RematchAllPayload } from '../queue/matching.queue.js';
import { DismissReason, MatchStatus, MatchTarget } from './match.enums.js';
import { Match, MatchConnection } from './match.model.js';
import { MatchesService } from './matches.service.js';

@Resolver(() => Match)
export class MatchesResolver {
  constructor(
    private readonly service: MatchesService,
    private readonly needs: NeedsService,
    private readonly achievements: AchievementsService,
    private readonly experts: ExpertsService,
    @InjectQueue(MATCHING_QUEUE) private readonly queue: Queue,
  ) {}

  @Query(() => Match, { nullable: true })
  match(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(user, id);
  }

  @Mutation(() => Match)
  markMatch(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => MatchStatus }) status: MatchStatus,
    @Args('reason', { type: () => DismissReason, nullable: true }) reason?: DismissReason,
  ) {
    return this.service.mark(user, id, status, reason);
  }

  @Roles('OPERATOR')
  @Mutation(() => String, {
    description: 'operator: re-match every open need and listed achievement; returns the job id',
  })
  async rematchAll(@CurrentUser() user: AuthUser): Promise<string> {
    const job = await requireQueue(
      'rematchAll',
      this.queue.add(MatchingJobName.REMATCH_ALL, { requestedBy: user.id } satisfies RematchAllPayload),
    );
    return job.id as string;
  }

  @ResolveField(() => TechNeed)
  need(@Parent() match: Match, @CurrentUser() user: AuthUser | null, @Context() ctx: GraphQLRequestContext) {
    return this.needs.mustLoad(ctx.loaders, user, match.needId);
  }

  @ResolveField(() => Achievement, { nullable: true })
  achievement(
    @Parent() match: Match,
    @CurrentUser() user: AuthUser | null,
    @Context() ctx: GraphQLRequestContext,
  ) {
    return match.achievementId ? this.achievements.load(ctx.loaders, user, match.achievementId) : null;
  }

  @ResolveField(() => Expert, { nullable: true })
  expert(@Parent() match: Match, @Context() ctx: GraphQLRequestContext) {
    return match.expertId ? this.experts.load(ctx.loaders, match.expertId) : null;
  }
}

@Resolver(() => TechNeed)
export class NeedMatchesResolver {
  constructor(private readonly service: MatchesService) {}

  @ResolveField(() => MatchConnection, { description: 'visible to the need’s owner and operators' })
  matches(
    @Parent() need: TechNeed,
    @CurrentUser() user: AuthUser | null,
    @Args('target', { type: () => MatchTarget, nullable: true, defaultValue: MatchTarget.ACHIEVEMENT })
    target: MatchTarget,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.service.forNeed(user, need, target, first, after);
  }
}

@Resolver(() => Achievement)
export class AchievementMatchesResolver {
  constructor(private readonly service: MatchesService) {}

  @ResolveField(() => MatchConnection, {
    description: 'needs this achievement could serve; visible to its owner and operators',
  })
  matches(
    @Parent() achievement: Achievement,
    @CurrentUser() user: AuthUser | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.service.forAchievement(user, achievement, first, after);
  }

  @ResolveField(() => [FacetCount], {
    description:
      'dismissal reasons that needs’ owners gave for this achievement, counted; owner and operators',
  })
  feedback(
    @Parent() achievement: Achievement,
    @CurrentUser() user: AuthUser | null,
    @Context() ctx: GraphQLRequestContext,
  ) {
    return this.service.feedback(ctx.loaders, user, achievement);
  }
}
