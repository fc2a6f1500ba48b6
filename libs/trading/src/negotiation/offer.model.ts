import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MoneyScalar } from '@techmarket/shared';
import { OfferStatus } from './offer.entity.js';

export enum OfferAction {
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
  COUNTER = 'COUNTER',
}
registerEnumType(OfferStatus, { name: 'OfferStatus' });
registerEnumType(OfferAction, { name: 'OfferAction' });

@ObjectType('Offer')
export class Offer {
  @Field(() => ID) id: string;
  @Field(() => MoneyScalar) amount: string;
  @Field(() => String, { nullable: true }) message: string | null;
  @Field(() => OfferStatus) status: OfferStatus;
  @Field(() => MoneyScalar, { nullable: true, description: 'set when the seller countered' }) counterAmount:
    string | null;
  @Field(() => Date) createdAt: Date;
  buyerId: string;
  listingId: string;
}

@ObjectType('Objection')
export class Objection {
  @Field(() => ID) id: string;
  @Field(() => String) reason: string;
  @Field(() => Boolean, { nullable: true }) upheld: boolean | null;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
  @Field(() => Date) createdAt: Date;
  listingId: string;
}
