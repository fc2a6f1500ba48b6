import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public } from '@techmarket/shared';
import type { AuthUser, GraphQLRequestContext } from '@techmarket/shared';
import type { ContractEntity } from '../deals/deal.entity.js';
import { Contract, SubsidyAssessment } from '../deals/deal.model.js';
import { ContractInput } from './contract.input.js';
import { ContractSubsidyService } from './contract-subsidy.service.js';
import { ContractsService } from './contracts.service.js';

@Resolver(() => Contract)
export class ContractsResolver {
  constructor(
    private readonly contracts: ContractsService,
    private readonly subsidies: ContractSubsidyService,
  ) {}

  @Public()
  @Query(() => Contract, { nullable: true })
  contract(@CurrentUser() user: AuthUser | null, @Args('id', { type: () => ID }) id: string) {
    return this.contracts.get(user, id);
  }

  @Query(() => [Contract])
  myContracts(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
  ) {
    return this.contracts.mine(user, first);
  }

  @Mutation(() => Contract)
  createContract(
    @CurrentUser() user: AuthUser,
    @Args('input', { type: () => ContractInput }) input: ContractInput,
  ) {
    return this.contracts.create(user, input);
  }

  @Mutation(() => Contract)
  signContract(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.contracts.sign(user, id);
  }

  @Mutation(() => Contract)
  registerContract(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.contracts.register(user, id);
  }

  @ResolveField(() => SubsidyAssessment)
  subsidy(@Parent() c: ContractEntity, @Context() ctx: GraphQLRequestContext) {
    return this.subsidies.assess(ctx.loaders, c);
  }
}
