import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  forbidden,
  IS_PUBLIC,
  type PlatformRole,
  requestOf,
  ROLES,
  unauthenticated,
} from '@techmarket/shared';
import { OperatorScopes } from '../operators/operator-scopes.js';
import { TokensService } from './tokens.service.js';

/**
 * Guards every resolver and controller by default. A token, when sent, is always verified (an invalid
 * or expired one is refused even on public reads); `@Public()` lets anonymous visitors in;
 * `@Roles(...)` narrows to platform roles. A market operator's request carries its markets' scopes, read
 * once per request, so that an appointment or a dismissal counts from the next request on.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokensService,
    private readonly scopes: OperatorScopes,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = requestOf(context);
    if (req.user === undefined) req.user = this.tokens.userFromAuthorization(req.headers?.authorization);
    if (req.user?.role === 'MARKET_OPERATOR' && !req.user.scopes)
      req.user = { ...req.user, scopes: await this.scopes.of(req.user.id) };
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const roles = this.reflector.getAllAndOverride<PlatformRole[] | undefined>(ROLES, targets);
    if (!req.user) {
      if (isPublic && !roles) return true;
      throw unauthenticated('AUTH_REQUIRED', 'Sign in to do this');
    }
    if (roles && !roles.includes(req.user.role)) {
      throw forbidden(`${roles.join('_OR_')}_ONLY`, `Only ${roles.join(' or ').toLowerCase()}s may do this`);
    }
    return true;
  }
}
