export * from './rules/index.js';
export * from './trading.module.js';
export * from './clock/trading.queue.js';
// the services, for scripts that run trading steps in a Nest context of their own (the demo data)
export { ListingsService } from './listings/listings.service.js';
export { RegistrationsService } from './auctions/registrations.service.js';
export { BidsService } from './auctions/bids.service.js';
export { NegotiationService } from './negotiation/negotiation.service.js';
export { ChallengesService } from './challenges/challenges.service.js';
export { TradeMode, TradeStatus } from './listings/trade.enums.js';
export { OfferAction } from './negotiation/offer.model.js';
