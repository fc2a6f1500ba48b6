import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MarketPolicy } from '@techmarket/markets';
import { MoneyScalar } from '@techmarket/shared';
import { ContractKind, ContractStatus } from '../listings/trade.enums.js';

@ObjectType('SubsidyAssessment')
export class SubsidyAssessment {
  @Field(() => Boolean) eligible: boolean;
  @Field(() => MoneyScalar) amount: string;
  @Field(() => String) rule: string;
  @Field(() => MarketPolicy, {
    description:
      'the policy assessed under: the most specific market’s covering the buyer, in force on the registration day',
  })
  policy: MarketPolicy;
}

@ObjectType('Contract')
export class Contract {
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
  @Field(() => ContractKind) kind: ContractKind;
  @Field(() => MoneyScalar) amount: string;
  @Field(() => ContractStatus) status: ContractStatus;
  @Field(() => Date, { nullable: true }) sellerSignedAt: Date | null;
  @Field(() => Date, { nullable: true }) buyerSignedAt: Date | null;
  @Field(() => String, { nullable: true }) registrationNumber: string | null;
  @Field(() => Date, { nullable: true }) registeredAt: Date | null;
  /** 交易后补助: resolved by `ContractsResolver` (contracts/contract-subsidy.service.ts) */
  @Field(() => SubsidyAssessment) subsidy?: SubsidyAssessment;
  sellerId: string;
  buyerId: string;
  achievementId: string | null;
}

@ObjectType('Deal')
export class Deal {
  @Field(() => ID) id: string;
  @Field(() => MoneyScalar) price: string;
  @Field(() => Date) createdAt: Date;
  listingId: string | null;
  buyerId: string;
  sellerId: string;
  contractId: string;
}
