import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Organization, OrganizationsService } from '@techmarket/identity';
import { CurrentUser, MoneyScalar } from '@techmarket/shared';
import type { AuthUser, GraphQLRequestContext } from '@techmarket/shared';
import { TradeListing } from '../listings/trade-listing.model.js';
import { NegotiationService } from './negotiation.service.js';
import { Objection, Offer, OfferAction } from './offer.model.js';

@Resolver(() => Offer)
export class NegotiationResolver {
  constructor(
    private readonly negotiation: NegotiationService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Mutation(() => Offer)
  makeOffer(
    @CurrentUser() user: AuthUser,
    @Args('listingId', { type: () => ID }) listingId: string,
    @Args('amount', { type: () => MoneyScalar }) amount: string,
    @Args('message', { type: () => String, nullable: true }) message?: string,
    @Args('idempotencyKey', {
      type: () => String,
      nullable: true,
      description:
        'a retried makeOffer with the same key answers the offer already made instead of making another',
    })
    idempotencyKey?: string,
  ) {
    return this.negotiation.offer(user, listingId, amount, message, idempotencyKey);
  }

  @Mutation(() => Offer)
  respondOffer(
    @CurrentUser() user: AuthUser,
    @Args('offerId', { type: () => ID }) offerId: string,
    @Args('action', { type: () => OfferAction }) action: OfferAction,
    @Args('counterAmount', { type: () => MoneyScalar, nullable: true }) counterAmount?: string,
  ) {
    return this.negotiation.respond(user, offerId, action, counterAmount);
  }

  @Mutation(() => Objection)
  raiseObjection(
    @CurrentUser() user: AuthUser,
    @Args('listingId', { type: () => ID }) listingId: string,
    @Args('reason', { type: () => String }) reason: string,
  ) {
    return this.negotiation.object(user, listingId, reason);
  }

  @Mutation(() => Objection)
  resolveObjection(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('uphold', { type: () => Boolean }) uphold: boolean,
  ) {
    return this.negotiation.resolve(user, id, uphold);
  }

  @ResolveField(() => Organization)
  buyer(@Parent() offer: Offer, @Context() ctx: GraphQLRequestContext) {
    return this.organizations.load(ctx.loaders, offer.buyerId);
  }
}

@Resolver(() => TradeListing)
export class ListingNegotiationResolver {
  constructor(private readonly negotiation: NegotiationService) {}

  @ResolveField(() => [Offer])
  offers(
    @Parent() l: TradeListing,
    @CurrentUser() user: AuthUser | null,
    @Context() ctx: GraphQLRequestContext,
  ) {
    return this.negotiation.offersFor(ctx.loaders, user, l);
  }

  @ResolveField(() => [Objection])
  objections(@Parent() l: TradeListing, @Context() ctx: GraphQLRequestContext) {
    return this.negotiation.objectionsOf(ctx.loaders, l.id);
  }
}
