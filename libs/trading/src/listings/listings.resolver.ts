import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Achievement, AchievementsService } from '@techmarket/catalog';
import { Organization, OrganizationsService } from '@techmarket/identity';
import { CurrentUser, Public } from '@techmarket/shared';
import type { AuthUser, GraphQLRequestContext } from '@techmarket/shared';
import { AUCTION_COLUMNS, auctionStateOf } from '../auctions/auction-state.js';
import { AuctionState } from '../auctions/auction-state.model.js';
import { RegistrationsService } from '../auctions/registrations.service.js';
import { Deal } from '../deals/deal.model.js';
import { EvidenceEntryModel, EvidenceVerificationModel } from '../evidence/evidence.model.js';
import { EvidenceService } from '../evidence/evidence.service.js';
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
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Public()
  @Query(() => TradeListing, { nullable: true })
  tradeListing(@Args('id', { type: () => ID }) id: string) {
    return this.listings.get(id);
  }

  @Public()
  @Query(() => TradeListingConnection)
  tradeListings(
    @Args('status', { type: () => [TradeStatus], nullable: true }) status?: TradeStatus[],
    @Args('mode', { type: () => TradeMode, nullable: true }) mode?: TradeMode,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.listings.list({ status, mode, first, after });
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
  achievement(@Parent() l: TradeListing, @Context() ctx: GraphQLRequestContext) {
    return this.achievements.load(ctx.loaders, l.achievementId);
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
  async auction(@Parent() l: TradeListing) {
    const [row] = await this.db.query(
      `select ${AUCTION_COLUMNS} from trade_listings l left join registrations lr on lr.id = l.leading_registration_id
       where l.id = $1 and l.start_price is not null and l.current_mode = 'AUCTION'`,
      [l.id],
    );
    return row ? auctionStateOf(row) : null;
  }

  @ResolveField(() => Deal, { nullable: true })
  async deal(@Parent() l: TradeListing) {
    const [row] = await this.db.query(
      `select id, price, created_at as "createdAt", listing_id as "listingId", buyer_id as "buyerId", seller_id as "sellerId",
         contract_id as "contractId" from deals where listing_id = $1`,
      [l.id],
    );
    return row ?? null;
  }

  @ResolveField(() => EvidenceVerificationModel)
  evidence(@Parent() l: TradeListing) {
    return this.evidenceService.verify(l.id);
  }

  @ResolveField(() => [EvidenceEntryModel])
  evidenceLog(@Parent() l: TradeListing) {
    return this.evidenceService.log(l.id);
  }
}
