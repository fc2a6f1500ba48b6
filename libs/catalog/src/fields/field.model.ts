import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('FieldNode')
export class FieldNode {
  @Field(() => String) code: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) parentCode: string | null;
}
