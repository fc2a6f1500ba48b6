import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PlatformRoleEnum {
  MEMBER = 'MEMBER',
  OPERATOR = 'OPERATOR',
  MARKET_OPERATOR = 'MARKET_OPERATOR',
}
registerEnumType(PlatformRoleEnum, { name: 'PlatformRole' });

@ObjectType('User')
export class User {
  @Field(() => ID) id: string;
  @Field(() => String) email: string;
  @Field(() => String) name: string;
  @Field(() => PlatformRoleEnum) role: PlatformRoleEnum;
  /** resolved by a field resolver through a DataLoader */
  organizationId: string | null;
}
