import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

/**
 * Default options for every job, in one place: retried with exponential backoff, kept for a while
 * after completion or failure so that operators can look at them.
 */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
} as const;

/**
 * Worker options for every processor: a job's lock lasts 15 s (renewed every 7.5 s while it runs) and
 * stalled jobs are looked for every 5 s, so the jobs of a worker that dies (SIGKILL, a lost machine)
 * run again within about 20 s instead of BullMQ's default of up to a minute.
 */
export const WORKER_LOCKS = { lockDuration: 15_000, stalledInterval: 5_000 } as const;

/** BullMQ over the configured Redis, with queue keys under QUEUE_PREFIX. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.redisUrl, maxRetriesPerRequest: null },
        prefix: config.queuePrefix,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
  ],
})
export class QueueModule {}
