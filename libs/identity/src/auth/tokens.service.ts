import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AuthUser, type PlatformRole, unauthenticated } from '@techmarket/shared';
import type { AppConfig } from '@techmarket/shared';
import { VerifiedTokens } from './verified-tokens.js';

const ROLES: readonly PlatformRole[] = ['MEMBER', 'OPERATOR', 'MARKET_OPERATOR'];

interface TokenClaims {
  sub: string;
  role: PlatformRole;
  org: string | null;
  exp?: number;
}

@Injectable()
export class TokensService {
  private readonly verified = new VerifiedTokens();

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  sign(user: AuthUser): string {
    const claims: TokenClaims = { sub: user.id, role: user.role, org: user.organizationId };
    return this.jwt.sign(claims, { expiresIn: this.config.jwtTtlSeconds, algorithm: 'HS256' });
  }

  /** A missing header is an anonymous visitor; a header that fails verification is refused, never ignored. */
  userFromAuthorization(header: string | string[] | undefined | null): AuthUser | null {
    if (header === undefined || header === null || header === '') return null;
    const value = Array.isArray(header) ? header[0] : header;
    const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
    if (!match) throw unauthenticated('INVALID_TOKEN', 'Authorization must be "Bearer <token>"');
    return this.verify(match[1]);
  }

  verify(token: string): AuthUser {
    const known = this.verified.get(token);
    if (known) return known;
    let claims: TokenClaims;
    try {
      claims = this.jwt.verify<TokenClaims & object>(token, { algorithms: ['HS256'] });
    } catch (err) {
      const expired = (err as Error).name === 'TokenExpiredError';
      throw unauthenticated(
        expired ? 'TOKEN_EXPIRED' : 'INVALID_TOKEN',
        expired ? 'The token has expired' : 'The token is not valid',
      );
    }
    if (typeof claims.sub !== 'string' || !ROLES.includes(claims.role)) {
      throw unauthenticated('INVALID_TOKEN', 'The token is not valid');
    }
    const user: AuthUser = { id: claims.sub, role: claims.role, organizationId: claims.org ?? null };
    this.verified.remember(token, user, claims.exp);
    return user;
  }
}
