import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Achievement, AchievementsService } from '@techmarket/catalog';
import { Organization, OrganizationsService } from '@techmarket/identity';
import { CurrentUser } from '@techmarket/shared';
import type { AuthUser, GraphQLRequestContext } from '@techmarket/shared';
import { ContractsService } from '../contracts/contracts.service.js';
import { ListingsService } from '../listings/listings.service.js';
import { TradeListing } from '../listings/trade-listing.model.js';
import { Contract, Deal } from './deal.model.js';

@Resolver(() => Deal)
export class DealsResolver {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly listings: ListingsService,
    private readonly contracts: ContractsService,
  ) {}

  @ResolveField(() => TradeListing, { nullable: true })
  listing(@Parent() d: Deal, @Context() ctx: GraphQLRequestContext) {
    return d.listingId ? this.listings.load(ctx.loaders, d.listingId) : null;
  }

  @ResolveField(() => Organization)
  buyer(@Parent() d: Deal, @Context() ctx: GraphQLRequestContext) {
    return this.organizations.load(ctx.loaders, d.buyerId);
  }

  @ResolveField(() => Organization)
  seller(@Parent() d: Deal, @Context() ctx: GraphQLRequestContext) {
    return this.organizations.load(ctx.loaders, d.sellerId);
  }

  /** For the deal's two parties and operators; anyone else gets FORBIDDEN here (the field is non-null). */
  @ResolveField(() => Contract)
  contract(@Parent() d: Deal, @CurrentUser() user: AuthUser | null, @Context() ctx: GraphQLRequestContext) {
    return this.contracts.mustLoad(ctx.loaders, user, d.contractId);
  }
}

@Resolver(() => Contract)
export class ContractFieldsResolver {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly achievements: AchievementsService,
  ) {}

  @ResolveField(() => Organization)
  buyer(@Parent() c: Contract, @Context() ctx: GraphQLRequestContext) {
    return this.organizations.load(ctx.loaders, c.buyerId);
  }

  @ResolveField(() => Organization)
  seller(@Parent() c: Contract, @Context() ctx: GraphQLRequestContext) {
    return this.organizations.load(ctx.loaders, c.sellerId);
  }

  @ResolveField(() => Achievement, { nullable: true })
  achievement(
    @Parent() c: Contract,
    @CurrentUser() user: AuthUser | null,
    @Context() ctx: GraphQLRequestContext,
  ) {
    return c.achievementId ? this.achievements.load(ctx.loaders, user, c.achievementId) : null;
  }
}
