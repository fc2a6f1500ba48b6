import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Achievement, AchievementsService } from '@techmarket/catalog';
import { Organization, OrganizationsService } from '@techmarket/identity';
import { CurrentUser, Public } from '@techmarket/shared';
import type { AuthUser, GraphQLRequestContext } from '@techmarket/shared';
import { AuctionState } from '../auctions/auction-state.model.js';
import { RegistrationsService } from '../auctions/registrations.service.js';
import { Deal } from '../deals/deal.model.js';
import { EvidenceEntryModel, EvidenceVerificationModel } from '../evidence/evidence.model.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { ListingFieldsService } from './listing-fields.service.js';
import { ListingsService } from './listings.service.js';
import {
  Registration,
  TradeListing,
  TradeListingConnection,
  TradeListingInput,
} from './trade-listing.model.js';
import { TradeMode, TradeStatus } from './trade.enums.js';

@Resolver(() => TradeListing)
export class ListingsResolver {
  constructor(
    private readonly listings: ListingsService,
    private readonly registrations: RegistrationsService,
    private readonly evidenceService: EvidenceService,
    private readonly achievements: AchievementsService,
    private readonly organizations: OrganizationsService,
    private readonly fields: ListingFieldsService,
  ) {}

  @Public()
  @Query(() => TradeListing, { nullable: true })
  tradeListing(@CurrentUser() user: AuthUser | null, @Args('id', { type: () => ID }) id: string) {
    return this.listings.getVisible(user, id);
  }

  @Public()
  @Query(() => TradeListingConnection)
  tradeListings(
    @CurrentUser() user: AuthUser | null,
    @Args('status', { type: () => [TradeStatus], nullable: true }) status?: TradeStatus[],
    @Args('mode', { type: () => TradeMode, nullable: true }) mode?: TradeMode,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('market', {
      type: () => String,
      nullable: true,
      description: 'a market’s code: the listings whose achievement is in that market now',
    })
    market?: string,
  ) {
    return this.listings.list(user, { status, mode, first, after, market });
  }

  @Public()
  @Query(() => EvidenceVerificationModel)
  async verifyEvidence(@Args('listingId', { type: () => ID }) listingId: string) {
    await this.listings.mustGet(listingId);
    return this.evidenceService.verify(listingId);
  }

  @Mutation(() => TradeListing)
  createTradeListing(
    @CurrentUser() user: AuthUser,
    @Args('input', { type: () => TradeListingInput }) input: TradeListingInput,
  ) {
    return this.listings.create(user, input);
  }

  @Mutation(() => TradeListing)
  cancelTradeListing(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.listings.cancel(user, id);
  }

  @ResolveField(() => Achievement)
  achievement(
    @Parent() l: TradeListing,
    @CurrentUser() user: AuthUser | null,
    @Context() ctx: GraphQLRequestContext,
  ) {
    return this.achievements.mustLoad(ctx.loaders, user, l.achievementId);
  }

  @ResolveField(() => Organization)
  seller(@Parent() l: TradeListing, @Context() ctx: GraphQLRequestContext) {
    return this.organizations.load(ctx.loaders, l.sellerId);
  }

  @ResolveField(() => Int)
  registrationCount(@Parent() l: TradeListing, @Context() ctx: GraphQLRequestContext) {
    return this.registrations.count(ctx.loaders, l.id);
  }

  @ResolveField(() => Registration, { nullable: true })
  myRegistration(
    @Parent() l: TradeListing,
    @CurrentUser() user: AuthUser | null,
    @Context() ctx: GraphQLRequestContext,
  ) {
    return this.registrations.mine(ctx.loaders, user, l.id);
  }

  @ResolveField(() => AuctionState, { nullable: true })
  auction(@Parent() l: TradeListing, @Context() ctx: GraphQLRequestContext) {
    return this.fields.auction(ctx.loaders, l.id);
  }

  @ResolveField(() => Deal, { nullable: true })
  deal(@Parent() l: TradeListing, @Context() ctx: GraphQLRequestContext) {
    return this.fields.deal(ctx.loaders, l.id);
  }

  /** The chain's links, length and head as recorded, checked without re-hashing; verifyEvidence recomputes every hash. */
  @ResolveField(() => EvidenceVerificationModel)
  evidence(@Parent() l: TradeListing, @Context() ctx: GraphQLRequestContext) {
    return this.fields.evidence(ctx.loaders, l);
  }

  @ResolveField(() => [EvidenceEntryModel])
  evidenceLog(@Parent() l: TradeListing, @Context() ctx: GraphQLRequestContext) {
    return this.fields.evidenceLog(ctx.loaders, l.id);
  }
}
