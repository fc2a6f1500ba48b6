import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, DomainError } from '@techmarket/shared';
import type { AppConfig } from '@techmarket/shared';

/**
 * Login attempts per email and client address, counted in Redis so that every API process shares
 * the count. Past the limit the attempt is refused before the password is checked.
 */
@Injectable()
export class LoginRateLimiter implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly limiter: RateLimiterRedis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    this.limiter = new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${config.queuePrefix}:login`,
      points: config.loginAttemptsPerMinute,
      duration: 60,
      // while Redis is unreachable, count in this process rather than let every attempt through
      insuranceLimiter: new RateLimiterMemory({ points: config.loginAttemptsPerMinute, duration: 60 }),
    });
  }

  async consume(email: string, ip: string | undefined): Promise<void> {
    try {
      await this.limiter.consume(`${email.toLowerCase()}|${ip ?? '-'}`);
    } catch (res) {
      if (res instanceof RateLimiterRes) {
        const retryAfterSeconds = Math.ceil(res.msBeforeNext / 1000);
        throw new DomainError(
          'TOO_MANY_REQUESTS',
          'RATE_LIMITED',
          `Too many login attempts; try again in ${retryAfterSeconds} s`,
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
