import { Field, ID, InputType } from '@nestjs/graphql';
import { MoneyScalar } from '@techmarket/shared';
import { Maturity, NeedStatus, TransferMode } from '../../common/catalog.enums.js';

@InputType('ChallengeInput')
export class ChallengeInput {
  @Field(() => MoneyScalar) reward: string;
  @Field(() => Date) submissionDeadline: Date;
}

/** Checked field by field in the service, so that each refusal names its rule. */
@InputType('NeedInput')
export class NeedInput {
  @Field(() => String) title: string;
  @Field(() => String) description: string;
  @Field(() => [String], { nullable: true }) keywords?: string[] | null;
  @Field(() => [String]) fieldCodes: string[];
  @Field(() => MoneyScalar, { nullable: true }) budgetMin?: string | null;
  @Field(() => MoneyScalar, { nullable: true }) budgetMax?: string | null;
  @Field(() => [TransferMode]) cooperationModes: TransferMode[];
  @Field(() => Maturity, { nullable: true }) minMaturity?: Maturity | null;
  @Field(() => Date, { nullable: true }) deadline?: Date | null;
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => ChallengeInput, { nullable: true }) challenge?: ChallengeInput | null;
}

@InputType('NeedFilter')
export class NeedFilter {
  @Field(() => String, { nullable: true }) fieldCode?: string | null;
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => [TransferMode], { nullable: true }) cooperationModes?: TransferMode[] | null;
  @Field(() => MoneyScalar, { nullable: true }) budgetAtLeast?: string | null;
  @Field(() => Boolean, { nullable: true }) challengesOnly?: boolean | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => [NeedStatus], { nullable: true }) status?: NeedStatus[] | null;
}
