import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MoneyScalar } from '@techmarket/shared';

export enum MarketPolicyKindEnum {
  SUBSIDY = 'SUBSIDY',
  BROKER_POINTS = 'BROKER_POINTS',
}
registerEnumType(MarketPolicyKindEnum, {
  name: 'MarketPolicyKind',
  description: '交易后补助 (the post-deal subsidy) or 贡献积分 (broker points)',
});

@ObjectType('SubsidyTier')
export class SubsidyTier {
  @Field(() => MoneyScalar) minAmount: string;
  @Field(() => MoneyScalar, { description: 'at most this per contract' }) cap: string;
}

@ObjectType('SubsidyTerms', {
  description:
    'an enterprise buying from a university or institute of its province gets ratePercent of the amount from the first tier’s minimum, at most the cap of the highest tier reached, and at most yearlyCap a year',
})
export class SubsidyTermsModel {
  @Field(() => Int) ratePercent: number;
  @Field(() => [SubsidyTier]) tiers: SubsidyTier[];
  @Field(() => MoneyScalar) yearlyCap: string;
}

@ObjectType('BrokerPointsTerms', {
  description: 'points a broker earns for each step of a docking it mediates',
})
export class BrokerPointsTermsModel {
  @Field(() => Int) dockingAccepted: number;
  @Field(() => Int) deal: number;
  @Field(() => Int) contractRegistered: number;
}

@ObjectType('MarketPolicy', {
  description: 'a market’s rule of one kind, from the day it takes effect (China time)',
})
export class MarketPolicy {
  @Field(() => ID) id: string;
  @Field(() => MarketPolicyKindEnum) kind: MarketPolicyKindEnum;
  @Field(() => String) name: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) effectiveFrom: string;
  @Field(() => Date) createdAt: Date;
  @Field(() => SubsidyTermsModel, { nullable: true }) subsidy: SubsidyTermsModel | null;
  @Field(() => BrokerPointsTermsModel, { nullable: true }) brokerPoints: BrokerPointsTermsModel | null;
  /** resolved by a field resolver */
  marketCode: string;
}

@InputType('SubsidyTierInput')
export class SubsidyTierInput {
  @Field(() => MoneyScalar) minAmount: string;
  @Field(() => MoneyScalar) cap: string;
}

@InputType('SubsidyTermsInput')
export class SubsidyTermsInput {
  @Field(() => Int) ratePercent: number;
  @Field(() => [SubsidyTierInput]) tiers: SubsidyTierInput[];
  @Field(() => MoneyScalar) yearlyCap: string;
}

@InputType('BrokerPointsTermsInput')
export class BrokerPointsTermsInput {
  @Field(() => Int) dockingAccepted: number;
  @Field(() => Int) deal: number;
  @Field(() => Int) contractRegistered: number;
}

@InputType('MarketPolicyInput')
export class MarketPolicyInput {
  @Field(() => String) name: string;
  @Field(() => String, {
    description: 'YYYY-MM-DD, today (China time) or later: a policy never reaches back',
  })
  effectiveFrom: string;
  @Field(() => SubsidyTermsInput, { nullable: true }) subsidy?: SubsidyTermsInput | null;
  @Field(() => BrokerPointsTermsInput, { nullable: true }) brokerPoints?: BrokerPointsTermsInput | null;
}
