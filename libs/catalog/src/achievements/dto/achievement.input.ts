import { Field, ID, InputType } from '@nestjs/graphql';
import { MoneyScalar } from '@techmarket/shared';
import { AchievementStatus, Maturity, PatentKind, TransferMode } from '../../common/catalog.enums.js';

@InputType('PatentInput')
export class PatentInput {
  @Field(() => String) number: string;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => PatentKind) kind: PatentKind;
}

/** Checked field by field in the service, so that each refusal names its rule. */
@InputType('AchievementInput')
export class AchievementInput {
  @Field(() => String) title: string;
  @Field(() => String) summary: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String], { nullable: true }) keywords?: string[] | null;
  @Field(() => [String]) fieldCodes: string[];
  @Field(() => Maturity) maturity: Maturity;
  @Field(() => [TransferMode]) transferModes: TransferMode[];
  @Field(() => MoneyScalar, { nullable: true }) askingPrice?: string | null;
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => [PatentInput], { nullable: true }) patents?: PatentInput[] | null;
  @Field(() => [ID], { nullable: true }) teamExpertIds?: string[] | null;
}

@InputType('AchievementFilter')
export class AchievementFilter {
  @Field(() => String, { nullable: true, description: 'prefix of a field code' }) fieldCode?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'GB/T 2260 code; a province or city matches everything inside it',
  })
  regionCode?: string | null;
  @Field(() => [Maturity], { nullable: true }) maturity?: Maturity[] | null;
  @Field(() => [TransferMode], { nullable: true }) transferModes?: TransferMode[] | null;
  @Field(() => MoneyScalar, { nullable: true }) priceMax?: string | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => [AchievementStatus], {
    nullable: true,
    description: 'only owners and operators see other than LISTED',
  })
  status?: AchievementStatus[] | null;
}
