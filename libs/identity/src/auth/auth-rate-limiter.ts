import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, DomainError } from '@techmarket/shared';
import type { AppConfig } from '@techmarket/shared';

/**
 * Login attempts per email and client address, and sign-ups per client address, counted in Redis so
 * that every API process shares the count. Past a limit the request is refused before any work.
 */
@Injectable()
export class AuthRateLimiter implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly logins: RateLimiterRedis;
  private readonly signups: RateLimiterRedis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    const limiter = (name: string, points: number, duration: number) =>
      new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `${config.queuePrefix}:${name}`,
        points,
        duration,
        // while Redis is unreachable, count in this process rather than let every attempt through
        insuranceLimiter: new RateLimiterMemory({ points, duration }),
      });
    this.logins = limiter('login', config.loginAttemptsPerMinute, 60);
    this.signups = limiter('signup', config.signupsPerHour, 3600);
  }

  consume(email: string, ip: string | undefined): Promise<void> {
    return this.take(this.logins, `${email.toLowerCase()}|${ip ?? '-'}`, 'login attempts');
  }

  consumeSignup(ip: string | undefined): Promise<void> {
    return this.take(this.signups, ip ?? '-', 'sign-ups from this address');
  }

  private async take(limiter: RateLimiterRedis, key: string, what: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (res) {
      if (res instanceof RateLimiterRes) {
        const retryAfterSeconds = Math.ceil(res.msBeforeNext / 1000);
        throw new DomainError(
          'TOO_MANY_REQUESTS',
          'RATE_LIMITED',
          `Too many ${what}; try again in ${retryAfterSeconds} s`,
          {
            retryAfterSeconds,
          },
        );
      }
      throw res;
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
