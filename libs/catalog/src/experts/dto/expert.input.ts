import { Field, ID, InputType } from '@nestjs/graphql';

/** Checked field by field in the service, so that each refusal names its rule. */
@InputType('ExpertInput')
export class ExpertInput {
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => [String]) fieldCodes: string[];
  @Field(() => [String]) researchAreas: string[];
  @Field(() => String) bio: string;
  @Field(() => String, { nullable: true }) regionCode?: string | null;
}

@InputType('ExpertFilter')
export class ExpertFilter {
  @Field(() => String, { nullable: true }) fieldCode?: string | null;
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
}
