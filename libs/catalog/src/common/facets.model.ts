import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('FacetCount')
export class FacetCount {
  @Field(() => String) value: string;
  @Field(() => Int) count: number;
}

@ObjectType('Facets')
export class Facets {
  @Field(() => [FacetCount]) fields: FacetCount[];
  @Field(() => [FacetCount]) regions: FacetCount[];
  @Field(() => [FacetCount]) maturity: FacetCount[];
  @Field(() => [FacetCount]) transferModes: FacetCount[];
}
