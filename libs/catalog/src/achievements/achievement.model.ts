import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, MoneyScalar } from '@techmarket/shared';
import { AchievementStatus, Maturity, PatentKind, TransferMode } from '../common/catalog.enums.js';
import { Facets } from '../common/facets.model.js';

@ObjectType('Patent')
export class Patent {
  @Field(() => String) number: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => PatentKind) kind: PatentKind;
}

@ObjectType('Achievement')
export class Achievement {
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
  @Field(() => String) summary: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => [String]) keywords: string[];
  @Field(() => [String]) fieldCodes: string[];
  @Field(() => Maturity) maturity: Maturity;
  @Field(() => [TransferMode]) transferModes: TransferMode[];
  @Field(() => MoneyScalar, { nullable: true, description: 'null means price negotiable (面议)' })
  askingPrice: string | null;
  @Field(() => String) regionCode: string;
  @Field(() => AchievementStatus) status: AchievementStatus;
  @Field(() => String, { nullable: true }) reviewComment: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) listedAt: Date | null;
  ownerId: string;
}

@ObjectType('AchievementConnection')
export class AchievementConnection extends Connection(Achievement, 'Achievement') {
  @Field(() => Facets) facets: Facets;
}
