import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@techmarket/shared';
import { Facets } from '../common/facets.model.js';

@ObjectType('Expert')
export class Expert {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => [String]) fieldCodes: string[];
  @Field(() => [String]) researchAreas: string[];
  @Field(() => String) bio: string;
  @Field(() => String) regionCode: string;
  organizationId: string | null;
}

@ObjectType('ExpertConnection')
export class ExpertConnection extends Connection(Expert, 'Expert') {
  @Field(() => Facets) facets: Facets;
}
