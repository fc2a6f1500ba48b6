import { LRUCache } from 'lru-cache';
import type { AuthUser } from '@techmarket/shared';

/**
 * Tokens already verified, with the user they carry and when they expire. A client sends the same
 * token with every request; verifying its HMAC again each time was a tenth of a bid's CPU. A token's
 * bytes cannot change what they verify to, so only the clock is checked again: an expired token is
 * dropped and verified afresh (and refused) by the caller. Only successes are kept.
 */
export class VerifiedTokens {
  private readonly cache: LRUCache<string, { user: AuthUser; expiresAtMs: number }>;

  constructor(max = 10_000) {
    this.cache = new LRUCache({ max });
  }

  get(token: string, nowMs = Date.now()): AuthUser | undefined {
    const hit = this.cache.get(token);
    if (!hit) return undefined;
    if (nowMs >= hit.expiresAtMs) {
      this.cache.delete(token);
      return undefined;
    }
    return hit.user;
  }

  /** `exp` is the token's claim in seconds since the epoch; a token without one is not kept. */
  remember(token: string, user: AuthUser, exp: number | undefined): void {
    if (typeof exp === 'number' && Number.isFinite(exp))
      this.cache.set(token, { user: Object.freeze({ ...user }), expiresAtMs: exp * 1000 });
  }
}
