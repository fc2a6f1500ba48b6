import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum MarketKind {
  ROOT = 'ROOT',
  REGION = 'REGION',
  INDUSTRY = 'INDUSTRY',
}
registerEnumType(MarketKind, {
  name: 'MarketKind',
  description: 'the whole platform, a region (分市场 of a province, city or county) or an industry',
});

@ObjectType('Market', {
  description:
    '分市场: a part of the one platform with its own operators and policies. What is in it follows from its scope and each item’s own region and fields, at the moment it is asked',
})
export class Market {
  @Field(() => String) code: string;
  @Field(() => String) name: string;
  @Field(() => String) introduction: string;
  @Field(() => MarketKind) kind: MarketKind;
  @Field(() => String, {
    nullable: true,
    description: 'a region market: its GB/T 2260 code, covering every city and county inside it',
  })
  regionCode: string | null;
  @Field(() => [String], {
    description: 'an industry market: the field codes it covers, with their children',
  })
  fieldCodes: string[];
  @Field(() => Date) createdAt: Date;
  /** resolved by a field resolver */
  parentCode: string | null;
}

@InputType('MarketInput')
export class MarketInput {
  @Field(() => String, { description: 'lower-case letters, digits and hyphens, 2 to 32, e.g. "hangzhou"' })
  code: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) introduction?: string | null;
  @Field(() => String, { nullable: true, description: 'a region market: a province, city or county' })
  regionCode?: string | null;
  @Field(() => [String], { nullable: true, description: 'an industry market: field codes' })
  fieldCodes?: string[] | null;
}
