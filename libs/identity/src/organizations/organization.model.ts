import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@techmarket/shared';
import { OrganizationKind, ServiceCategory } from './organization.enums.js';

@ObjectType('Organization')
export class Organization {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => OrganizationKind) kind: OrganizationKind;
  @Field(() => String) creditCode: string;
  @Field(() => String) regionCode: string;
  @Field(() => Boolean) verified: boolean;
  @Field(() => [ServiceCategory]) serviceCategories: ServiceCategory[];
  @Field(() => Date, { description: 'when the organization registered' }) createdAt: Date;
}

@ObjectType('OrganizationConnection')
export class OrganizationConnection extends Connection(Organization, 'Organization') {}
