import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, MoneyScalar } from '@techmarket/shared';
import { Maturity, NeedStatus, TransferMode } from '../common/catalog.enums.js';
import { Facets } from '../common/facets.model.js';

@ObjectType('Challenge')
export class Challenge {
  @Field(() => MoneyScalar) reward: string;
  @Field(() => Date) submissionDeadline: Date;
  needId: string;
}

@ObjectType('TechNeed')
export class TechNeed {
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
  @Field(() => String) description: string;
  @Field(() => [String]) keywords: string[];
  @Field(() => [String]) fieldCodes: string[];
  @Field(() => MoneyScalar, { nullable: true }) budgetMin: string | null;
  @Field(() => MoneyScalar, { nullable: true }) budgetMax: string | null;
  @Field(() => [TransferMode]) cooperationModes: TransferMode[];
  @Field(() => Maturity, { nullable: true, description: 'the least maturity the enterprise can use' })
  minMaturity: Maturity | null;
  @Field(() => Date, { nullable: true }) deadline: Date | null;
  @Field(() => String) regionCode: string;
  @Field(() => NeedStatus) status: NeedStatus;
  @Field(() => String, { nullable: true }) reviewComment: string | null;
  @Field(() => Date) createdAt: Date;
  ownerId: string;
  challengeReward: string | null;
  challengeDeadline: Date | null;
}

@ObjectType('TechNeedConnection')
export class TechNeedConnection extends Connection(TechNeed, 'TechNeed') {
  @Field(() => Facets) facets: Facets;
}
