import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { TransferMode } from '@techmarket/catalog';
import { Connection, MoneyScalar } from '@techmarket/shared';
import { DepositStatus, TradeMode, TradeStatus } from './trade.enums.js';

@ObjectType('TradeListing')
export class TradeListing {
  @Field(() => ID) id: string;
  @Field(() => TradeMode) mode: TradeMode;
  @Field(() => TradeMode, {
    description: 'the mode it runs in now: a LISTING with two or more paid intents becomes AUCTION',
  })
  currentMode: TradeMode;
  @Field(() => TransferMode) terms: TransferMode;
  @Field(() => TradeStatus) status: TradeStatus;
  @Field(() => MoneyScalar, { nullable: true }) listPrice: string | null;
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) endsAt: Date;
  @Field(() => Date, { nullable: true }) noticeEndsAt: Date | null;
  @Field(() => Date) createdAt: Date;
  achievementId: string;
  sellerId: string;
  evidenceLength: number;
  evidenceHead: string | null;
}

@ObjectType('TradeListingConnection')
export class TradeListingConnection extends Connection(TradeListing, 'TradeListing') {}

@ObjectType('Registration')
export class Registration {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'anonymous bidder number (竞买号)' }) paddle: string;
  @Field(() => MoneyScalar) depositAmount: string;
  @Field(() => DepositStatus) depositStatus: DepositStatus;
  @Field(() => Date, { description: 'when the buyer registered' }) createdAt: Date;
  listingId: string;
  buyerId: string;
}

@ObjectType('RegistrationConnection')
export class RegistrationConnection extends Connection(Registration, 'Registration') {}

@InputType('AuctionTermsInput')
export class AuctionTermsInput {
  @Field(() => MoneyScalar) startPrice: string;
  @Field(() => MoneyScalar) increment: string;
  @Field(() => MoneyScalar, { nullable: true }) reservePrice?: string | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'default 10% of startPrice' }) depositAmount?:
    string | null;
  @Field(() => Int, { nullable: true, defaultValue: 300 }) extensionSeconds?: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'length of the auction a LISTING turns into when two or more buyers paid',
  })
  durationSeconds?: number | null;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'a bidder whose deposit is paid and who places no bid forfeits it at the close (保证金不予退还); otherwise it is refunded',
  })
  forfeitIfNoBid?: boolean | null;
}

@InputType('TradeListingInput')
export class TradeListingInput {
  @Field(() => ID) achievementId: string;
  @Field(() => TradeMode) mode: TradeMode;
  @Field(() => TransferMode) terms: TransferMode;
  @Field(() => MoneyScalar, { nullable: true }) listPrice?: string | null;
  @Field(() => Date, { nullable: true }) startsAt?: Date | null;
  @Field(() => Date) endsAt: Date;
  @Field(() => AuctionTermsInput, { nullable: true }) auction?: AuctionTermsInput | null;
}
