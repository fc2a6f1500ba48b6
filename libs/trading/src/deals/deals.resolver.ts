import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Achievement, AchievementsService } from '@techmarket/catalog';
import { Organization, OrganizationsService } from '@techmarket/identity';
import type { GraphQLRequestContext } from '@techmarket/shared';
import { ListingsService } from '../listings/listings.service.js';
import { TradeListing } from '../listings/trade-listing.model.js';
import { ContractEntity } from './deal.entity.js';
import { Contract, Deal } from './deal.model.js';

@Resolver(() => Deal)
export class DealsResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly listings: ListingsService,
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

  @ResolveField(() => Contract)
  contract(@Parent() d: Deal) {
    return this.db.getRepository(ContractEntity).findOneByOrFail({ id: d.contractId });
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
  achievement(@Parent() c: Contract, @Context() ctx: GraphQLRequestContext) {
    return c.achievementId ? this.achievements.load(ctx.loaders, c.achievementId) : null;
  }
}
