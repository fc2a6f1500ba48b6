import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '../users/user.model.js';

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field(() => String) accessToken: string;
  @Field(() => User) user: User;
}
