import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

export const PUB_SUB = Symbol('PUB_SUB');

/**
 * Live events (bids, notifications) go through Redis pub/sub, so that a subscriber connected to any
 * API process hears an event published by any other process.
 */
@Global()
@Module({
  providers: [
    {
      provide: PUB_SUB,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const options = { maxRetriesPerRequest: null, lazyConnect: false };
        return new RedisPubSub({
          publisher: new Redis(config.redisUrl, options),
          subscriber: new Redis(config.redisUrl, options),
        });
      },
    },
  ],
  exports: [PUB_SUB],
})
export class PubSubModule implements OnApplicationShutdown {
  constructor(@Inject(PUB_SUB) private readonly pubSub: RedisPubSub) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pubSub.close();
  }
}
