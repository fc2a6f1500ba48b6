import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Gauge, register } from 'prom-client';
import { MATCHING_QUEUE } from '@techmarket/matching';
import { TRADING_QUEUE } from '@techmarket/trading';

/** Queue depth by state, and how long the oldest waiting job has waited, read from Redis at each scrape. */
@Injectable()
export class QueueMetrics implements OnModuleInit {
  constructor(
    @InjectQueue(MATCHING_QUEUE) private readonly matching: Queue,
    @InjectQueue(TRADING_QUEUE) private readonly trading: Queue,
  ) {}

  onModuleInit(): void {
    const queues = [this.matching, this.trading];
    register.removeSingleMetric('queue_jobs');
    register.removeSingleMetric('queue_oldest_wait_seconds');
    new Gauge({
      name: 'queue_jobs',
      help: 'Jobs per queue and state (completed and failed: those kept for inspection)',
      labelNames: ['queue', 'state'] as const,
      async collect() {
        for (const q of queues) {
          const counts = await q
            .getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized')
            .catch(() => null);
          for (const [state, n] of Object.entries(counts ?? {})) this.set({ queue: q.name, state }, n);
        }
      },
    });
    new Gauge({
      name: 'queue_oldest_wait_seconds',
      help: 'Age of the oldest job waiting in each queue',
      labelNames: ['queue'] as const,
      async collect() {
        for (const q of queues) {
          const [oldest] = await q.getWaiting(0, 0).catch(() => []);
          this.set({ queue: q.name }, oldest ? (Date.now() - oldest.timestamp) / 1000 : 0);
        }
      },
    });
  }
}
