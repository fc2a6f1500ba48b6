import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import type { MarketScope } from './market-scope.js';

/**
 * MEMBER: acts for its organization. OPERATOR: a root operator, over the whole platform.
 * MARKET_OPERATOR: an operator of one or more markets (分市场), acting only inside their scopes.
 */
export type PlatformRole = 'MEMBER' | 'OPERATOR' | 'MARKET_OPERATOR';

/** Who is asking: taken from a verified token, never from the client's arguments. */
export interface AuthUser {
  id: string;
  role: PlatformRole;
  organizationId: string | null;
  /** a market operator's markets, read at each request (set by the guard; absent for anyone else) */
  scopes?: readonly MarketScope[];
}

/** A root operator: every operator power over the whole platform. */
export const isOperator = (user: AuthUser | null | undefined): boolean => user?.role === 'OPERATOR';

/** A root operator or a market operator (whose powers stop at its markets' scopes). */
export const isAnyOperator = (user: AuthUser | null | undefined): boolean =>
  user?.role === 'OPERATOR' || user?.role === 'MARKET_OPERATOR';

export const IS_PUBLIC = 'techmarket:isPublic';
/** Opt a resolver out of the global guard: anonymous visitors may call it (a token, if sent, is still checked). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const ROLES = 'techmarket:roles';
/** Restrict a resolver to these platform roles. */
export const Roles = (...roles: PlatformRole[]) => SetMetadata(ROLES, roles);

export interface RequestWithUser {
  user?: AuthUser | null;
  headers?: Record<string, string | string[] | undefined>;
  ip?: string;
}

export function requestOf(context: ExecutionContext): RequestWithUser {
  if (context.getType<string>() === 'graphql') {
    const ctx = GqlExecutionContext.create(context).getContext<{
      req?: RequestWithUser;
      extra?: { user?: AuthUser };
    }>();
    return ctx.req ?? { user: ctx.extra?.user ?? null };
  }
  return context.switchToHttp().getRequest<RequestWithUser>();
}

/** The signed-in user, or null for an anonymous visitor on a public resolver. */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthUser | null => requestOf(context).user ?? null,
);
