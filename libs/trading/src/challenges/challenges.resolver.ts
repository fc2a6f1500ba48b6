import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Challenge, Expert, NeedsService, TechNeed } from '@techmarket/catalog';
import { Organization, OrganizationsService } from '@techmarket/identity';
import { CurrentUser } from '@techmarket/shared';
import type { AuthUser, GraphQLRequestContext } from '@techmarket/shared';
import { ChallengesService } from './challenges.service.js';
import { Proposal, ProposalInput } from './proposal.model.js';

@Resolver(() => Proposal)
export class ProposalsResolver {
  constructor(
    private readonly challenges: ChallengesService,
    private readonly needs: NeedsService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Mutation(() => Proposal)
  submitProposal(
    @CurrentUser() user: AuthUser,
    @Args('needId', { type: () => ID }) needId: string,
    @Args('input', { type: () => ProposalInput }) input: ProposalInput,
  ) {
    return this.challenges.submit(user, needId, input);
  }

  @Mutation(() => Proposal)
  awardChallenge(
    @CurrentUser() user: AuthUser,
    @Args('needId', { type: () => ID }) needId: string,
    @Args('proposalId', { type: () => ID }) proposalId: string,
  ) {
    return this.challenges.award(user, needId, proposalId);
  }

  @ResolveField(() => TechNeed)
  need(@Parent() p: Proposal, @CurrentUser() user: AuthUser | null, @Context() ctx: GraphQLRequestContext) {
    return this.needs.mustLoad(ctx.loaders, user, p.needId);
  }

  @ResolveField(() => Organization)
  solver(@Parent() p: Proposal, @Context() ctx: GraphQLRequestContext) {
    return this.organizations.load(ctx.loaders, p.solverId);
  }

  @ResolveField(() => [Expert])
  experts(@Parent() p: Proposal, @Context() ctx: GraphQLRequestContext) {
    return this.challenges.expertsOf(ctx.loaders, p.id);
  }
}

/** The challenge's proposals, added here because catalog does not depend on trading. */
@Resolver(() => Challenge)
export class ChallengeProposalsResolver {
  constructor(private readonly challenges: ChallengesService) {}

  @ResolveField(() => Int)
  proposalCount(@Parent() c: Challenge, @Context() ctx: GraphQLRequestContext) {
    return this.challenges.countOf(ctx.loaders, c.needId);
  }

  @ResolveField(() => [Proposal], {
    description: "visible to the need's owner and operators; a solver sees its own",
  })
  proposals(
    @Parent() c: Challenge,
    @CurrentUser() user: AuthUser | null,
    @Context() ctx: GraphQLRequestContext,
  ) {
    return this.challenges.proposalsOf(ctx.loaders, user, c.needId);
  }

  /** For the need's owner, the winning solver and operators; null for anyone else. */
  @ResolveField(() => Proposal, { nullable: true })
  awardedProposal(
    @Parent() c: Challenge,
    @CurrentUser() user: AuthUser | null,
    @Context() ctx: GraphQLRequestContext,
  ) {
    return this.challenges.awardedOf(ctx.loaders, user, c.needId);
  }
}
