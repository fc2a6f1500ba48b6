import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '@techmarket/shared';
import type { AppConfig } from '@techmarket/shared';

@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(
    private readonly health: HealthIndicatorService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.redis = new Redis(config.redisUrl, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
    });
    this.redis.on('error', () => undefined); // reported through the check, not as an unhandled event
  }

  async isHealthy(key: 'redis') {
    const indicator = this.health.check(key);
    try {
      const connect =
        this.redis.status === 'wait' || this.redis.status === 'end'
          ? this.redis.connect()
          : Promise.resolve();
      const pong = await Promise.race([
        connect.then(() => this.redis.ping()),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 1000)),
      ]);
      return pong === 'PONG' ? indicator.up() : indicator.down({ message: `ping answered ${pong}` });
    } catch (err) {
      return indicator.down({ message: (err as Error).message });
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
