import { Inject } from '@nestjs/common';
import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import type { RedisPubSub } from 'graphql-redis-subscriptions';
import { Organization, OrganizationsService } from '@techmarket/identity';
import { CurrentUser, MoneyScalar, Public, PUB_SUB } from '@techmarket/shared';
import type { AuthUser, GraphQLRequestContext } from '@techmarket/shared';
import { ListingsService } from '../listings/listings.service.js';
import { Registration, RegistrationConnection, TradeListing } from '../listings/trade-listing.model.js';
import { DepositStatus } from '../listings/trade.enums.js';
import { auctionChannel } from './auction-state.js';
import { AuctionState, Bid } from './auction-state.model.js';
import { BidsService } from './bids.service.js';
import { RegistrationsService } from './registrations.service.js';

@Resolver(() => AuctionState)
export class AuctionsResolver {
  constructor(
    private readonly bidsService: BidsService,
    private readonly listings: ListingsService,
    @Inject(PUB_SUB) private readonly pubsub: RedisPubSub,
  ) {}

  @Mutation(() => Bid)
  placeBid(
    @CurrentUser() user: AuthUser,
    @Args('listingId', { type: () => ID }) listingId: string,
    @Args('amount', { type: () => MoneyScalar }) amount: string,
    @Args('idempotencyKey', { type: () => String }) idempotencyKey: string,
  ) {
    return this.bidsService.place(user, listingId, amount, idempotencyKey);
  }

  /** Every accepted bid and every change of the end time or status, from any API or worker process (Redis pub/sub). */
  @Public()
  @Subscription(() => AuctionState, {
    resolve: (payload: { auctionUpdated: AuctionState }) => ({
      ...payload.auctionUpdated,
      startsAt: new Date(payload.auctionUpdated.startsAt),
      endsAt: new Date(payload.auctionUpdated.endsAt),
    }),
  })
  async auctionUpdated(@Args('listingId', { type: () => ID }) listingId: string) {
    await this.listings.mustGet(listingId);
    return this.pubsub.asyncIterator(auctionChannel(listingId));
  }

  /** The latest bids, newest first, under paddle numbers only. */
  @ResolveField(() => [Bid])
  bids(
    @Parent() state: AuctionState,
    @Context() ctx: GraphQLRequestContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
  ) {
    return this.bidsService.latest(ctx.loaders, state.listingId, first);
  }
}

@Resolver(() => Registration)
export class RegistrationsResolver {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly listings: ListingsService,
    private readonly organizations: OrganizationsService,
  ) {}

  /** Operators: every registration (the deposits to confirm); a member: its organization's own. */
  @Query(() => RegistrationConnection, { name: 'registrations' })
  listRegistrations(
    @CurrentUser() user: AuthUser,
    @Args('listingId', { type: () => ID, nullable: true }) listingId?: string,
    @Args('depositStatus', { type: () => [DepositStatus], nullable: true }) depositStatus?: DepositStatus[],
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.registrations.list(user, { listingId, depositStatus, first, after });
  }

  @Mutation(() => Registration)
  registerForListing(
    @CurrentUser() user: AuthUser,
    @Args('listingId', { type: () => ID }) listingId: string,
  ) {
    return this.registrations.register(user, listingId);
  }

  @Mutation(() => Registration)
  confirmDeposit(
    @CurrentUser() user: AuthUser,
    @Args('registrationId', { type: () => ID }) registrationId: string,
  ) {
    return this.registrations.confirmDeposit(user, registrationId);
  }

  @ResolveField(() => TradeListing)
  listing(@Parent() r: Registration, @Context() ctx: GraphQLRequestContext) {
    return this.listings.load(ctx.loaders, r.listingId);
  }

  @ResolveField(() => Organization)
  buyer(@Parent() r: Registration, @Context() ctx: GraphQLRequestContext) {
    return this.organizations.load(ctx.loaders, r.buyerId);
  }
}
