import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('EvidenceVerification')
export class EvidenceVerificationModel {
  @Field(() => Boolean) valid: boolean;
  @Field(() => Int) length: number;
  @Field(() => String, { nullable: true }) headHash: string | null;
  @Field(() => Int, { nullable: true }) firstInvalidIndex: number | null;
}

@ObjectType('EvidenceEntry')
export class EvidenceEntryModel {
  @Field(() => Int) index: number;
  @Field(() => String) kind: string;
  @Field(() => String) hash: string;
  @Field(() => String, { nullable: true }) prevHash: string | null;
  @Field(() => Date) createdAt: Date;
}
