import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthUser, CurrentUser, Public } from '@techmarket/shared';
import { User } from '../users/user.model.js';
import { AuthPayload } from './auth-payload.model.js';
import { AuthService } from './auth.service.js';
import { RegisterInput } from './dto/register.input.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload)
  register(
    @Args('input', { type: () => RegisterInput }) input: RegisterInput,
    @Context('req') req: { ip?: string },
  ) {
    return this.auth.register(input, req?.ip);
  }

  @Public()
  @Mutation(() => AuthPayload)
  login(
    @Args('email', { type: () => String }) email: string,
    @Args('password', { type: () => String }) password: string,
    @Context('req') req: { ip?: string },
  ) {
    return this.auth.login(email, password, req?.ip);
  }

  @Public()
  @Query(() => User, { nullable: true, description: 'the signed-in user; null for an anonymous visitor' })
  me(@CurrentUser() user: AuthUser | null) {
    return this.auth.me(user);
  }
}
