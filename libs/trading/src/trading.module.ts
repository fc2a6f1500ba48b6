import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@techmarket/catalog';
import { IdentityModule } from '@techmarket/identity';
import { MarketsModule } from '@techmarket/markets';
import { NotificationsModule } from '@techmarket/notifications';
import { AuctionsResolver, RegistrationsResolver } from './auctions/auctions.resolver.js';
import { BidEntity } from './auctions/bid.entity.js';
import { BidsService } from './auctions/bids.service.js';
import { RegistrationEntity } from './auctions/registration.entity.js';
import { RegistrationsService } from './auctions/registrations.service.js';
import { ClosingService } from './clock/closing.service.js';
import { TradingClockProcessor, TradingClockSweep } from './clock/trading-clock.js';
import { TRADING_QUEUE } from './clock/trading.queue.js';
import { ChallengeProposalsResolver, ProposalsResolver } from './challenges/challenges.resolver.js';
import { ChallengesService } from './challenges/challenges.service.js';
import { ProposalEntity, ProposalExpertEntity } from './challenges/proposal.entity.js';
import { ContractNumberCounterEntity } from './contracts/contract-number-counter.entity.js';
import { ContractSubsidyService } from './contracts/contract-subsidy.service.js';
import { ContractsResolver } from './contracts/contracts.resolver.js';
import { ContractsService } from './contracts/contracts.service.js';
import { ContractEntity, DealEntity } from './deals/deal.entity.js';
import { ContractFieldsResolver, DealsResolver } from './deals/deals.resolver.js';
import { EvidenceCheckpointEntity } from './evidence/evidence-checkpoint.entity.js';
import { EvidenceEntryEntity } from './evidence/evidence-entry.entity.js';
import { EvidenceResolver } from './evidence/evidence.resolver.js';
import { EvidenceSigner } from './evidence/evidence-signer.js';
import { EvidenceService } from './evidence/evidence.service.js';
import { ListingNegotiationResolver, NegotiationResolver } from './negotiation/negotiation.resolver.js';
import { NegotiationService } from './negotiation/negotiation.service.js';
import { ObjectionEntity, OfferEntity } from './negotiation/offer.entity.js';
import { ListingFieldsService } from './listings/listing-fields.service.js';
import { ListingsResolver } from './listings/listings.resolver.js';
import { ListingsService } from './listings/listings.service.js';
import { TradeSubjects } from './markets/trade-subjects.js';
import { TradeListingEntity } from './listings/trade-listing.entity.js';

export const tradingEntities = [
  TradeListingEntity,
  RegistrationEntity,
  BidEntity,
  ContractEntity,
  DealEntity,
  EvidenceEntryEntity,
  EvidenceCheckpointEntity,
  OfferEntity,
  ObjectionEntity,
  ContractNumberCounterEntity,
  ProposalEntity,
  ProposalExpertEntity,
];

const shared = [
  TypeOrmModule.forFeature(tradingEntities),
  BullModule.registerQueue({ name: TRADING_QUEUE }),
  CatalogModule,
  IdentityModule,
  MarketsModule,
  NotificationsModule,
];

/** The API side of trading: listings, registrations, bids, evidence; time-driven steps are only queued here. */
@Module({
  imports: shared,
  providers: [
    EvidenceSigner,
    EvidenceService,
    EvidenceResolver,
    ListingsService,
    TradeSubjects,
    RegistrationsService,
    BidsService,
    ListingsResolver,
    ListingFieldsService,
    AuctionsResolver,
    RegistrationsResolver,
    DealsResolver,
    ContractFieldsResolver,
    NegotiationService,
    NegotiationResolver,
    ListingNegotiationResolver,
    ContractsService,
    ContractSubsidyService,
    ContractsResolver,
    ChallengesService,
    ProposalsResolver,
    ChallengeProposalsResolver,
  ],
})
export class TradingModule {}

/** The worker side of trading: the clock that closes listings and auctions. */
@Module({
  imports: shared,
  providers: [
    EvidenceSigner,
    EvidenceService,
    ListingsService,
    ClosingService,
    TradingClockProcessor,
    TradingClockSweep,
  ],
})
export class TradingWorkerModule {}
