import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { WORKER_LOCKS } from '@techmarket/shared';
import { ClosingService } from './closing.service.js';
import { type CloseDuePayload, closeDueJob, TRADING_QUEUE } from './trading.queue.js';

/** Runs the delayed steps. Two workers may run the same one: the row lock and the status make it once. */
@Processor(TRADING_QUEUE, { concurrency: 4, ...WORKER_LOCKS })
export class TradingClockProcessor extends WorkerHost {
  private readonly logger = new Logger(TradingClockProcessor.name);

  constructor(private readonly closing: ClosingService) {
    super();
  }

  process(job: Job<CloseDuePayload>): Promise<string> {
    return this.closing.step(job.data.listingId);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, err: Error): void {
    this.logger.warn(`trading step ${job?.id} failed (attempt ${job?.attemptsMade}): ${err.message}`);
  }
}

/**
 * Postgres is the source of truth for time-driven steps: at start, and every second after, the worker
 * queues every step that is due (or due within the next minute, as a delayed job). So a worker that was
 * down, a Redis that lost its keys, or a job that was never added still leads to the step, within ~1 s.
 */
@Injectable()
export class TradingClockSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TradingClockSweep.name);
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(TRADING_QUEUE) private readonly queue: Queue,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), 1000);
    void this.sweep();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async sweep(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const rows: Array<{ id: string; due: Date; now: Date }> = await this.db.query(
        `select id, due, clock_timestamp() as now from (
           select id, case when status = 'PUBLIC_NOTICE' then notice_ends_at
                           when status = 'SCHEDULED' and starts_at > clock_timestamp() then starts_at else ends_at end as due
           from trade_listings where status in ('SCHEDULED', 'OPEN', 'PUBLIC_NOTICE')) d
         where due <= clock_timestamp() + interval '60 seconds' order by due limit 500`,
      );
      if (rows.length) {
        // delays from the database clock, so that a skewed worker clock does not move the steps
        const jobs = rows.map((r) => closeDueJob(r.id, r.due, new Date(r.now).getTime()));
        await this.queue.addBulk(jobs);
      }
    } catch (err) {
      this.logger.warn(`trading sweep failed: ${String(err)}`);
    } finally {
      this.running = false;
    }
  }
}
