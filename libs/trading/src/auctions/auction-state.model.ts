import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '@techmarket/shared';
import { TradeStatus } from '../listings/trade.enums.js';

@ObjectType('Bid')
export class Bid {
  @Field(() => ID) id: string;
  @Field(() => String) paddle: string;
  @Field(() => MoneyScalar) amount: string;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('AuctionState')
export class AuctionState {
  @Field(() => ID) listingId: string;
  @Field(() => MoneyScalar) startPrice: string;
  @Field(() => MoneyScalar) increment: string;
  @Field(() => MoneyScalar) depositAmount: string;
  @Field(() => Boolean) hasReserve: boolean;
  @Field(() => Boolean) reserveMet: boolean;
  @Field(() => MoneyScalar, { nullable: true }) currentPrice: string | null;
  @Field(() => String, { nullable: true }) leadingPaddle: string | null;
  @Field(() => Int) bidCount: number;
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) endsAt: Date;
  @Field(() => Int) extensionSeconds: number;
  @Field(() => Boolean, {
    description: 'a bidder whose deposit is paid and who places no bid forfeits it at the close',
  })
  forfeitIfNoBid: boolean;
  @Field(() => TradeStatus) status: TradeStatus;
}
