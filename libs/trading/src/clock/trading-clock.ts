import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DelayedError, type Job, type Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { afterCommit, WORKER_LOCKS } from '@techmarket/shared';
import { ClosingService, DUE_AT, PENDING_STATUSES } from './closing.service.js';
import { type CloseDuePayload, closeDueJob, TRADING_QUEUE } from './trading.queue.js';

/** How many due listings one sweep steps at a time. */
const SWEEP_CONCURRENCY = 4;

/**
 * Runs the delayed steps. Two workers may run the same one: the row lock and the status make it once.
 * A job that wakes before its step is due (this worker's clock ahead of the database's, a delay cut to
 * milliseconds) goes back to sleep until the database says it is due, instead of completing.
 */
@Processor(TRADING_QUEUE, { concurrency: 4, ...WORKER_LOCKS })
export class TradingClockProcessor extends WorkerHost {
  private readonly logger = new Logger(TradingClockProcessor.name);

  constructor(private readonly closing: ClosingService) {
    super();
  }

  async process(job: Job<CloseDuePayload>, token?: string): Promise<string> {
    const done = await this.closing.step(job.data.listingId);
    if (done !== 'NOTHING_DUE' || !token) return done;
    const ms = await this.closing.msUntilDue(job.data.listingId);
    if (ms === null || ms <= 0 || ms > 60_000) return done;
    await job.moveToDelayed(Date.now() + ms, token);
    throw new DelayedError();
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, err: Error): void {
    this.logger.warn(`trading step ${job?.id} failed (attempt ${job?.attemptsMade}): ${err.message}`);
  }
}

/**
 * Postgres is the source of truth for time-driven steps: at start, and every second after, the worker
 * steps every listing whose step is due by the database clock itself (under the row lock, so once
 * whoever else gets there), and queues those due within the next minute as delayed jobs for precision.
 * So whatever the queue holds or forgot (a job that completed early, one parked as failed after its
 * retries, a Redis that lost its keys, a worker that was down), a due step happens within ~1 s.
 */
@Injectable()
export class TradingClockSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TradingClockSweep.name);
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(TRADING_QUEUE) private readonly queue: Queue,
    private readonly closing: ClosingService,
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
      const rows: Array<{ id: string; due: Date; now: Date; isDue: boolean }> = await this.db.query(
        `select id, due, now, due <= now as "isDue" from (
           select l.id, ${DUE_AT} as due, clock_timestamp() as now
           from trade_listings l where l.status in ${PENDING_STATUSES}) d
         where due <= now + interval '60 seconds' order by due limit 500`,
      );
      const soon = rows.filter((r) => !r.isDue);
      if (soon.length) {
        // delays from the database clock, so that a skewed worker clock does not move the steps
        const jobs = soon.map((r) => closeDueJob(r.id, r.due, new Date(r.now).getTime()));
        void afterCommit('queue the steps due soon', this.queue.addBulk(jobs));
      }
      await this.stepAll(rows.filter((r) => r.isDue).map((r) => r.id));
    } catch (err) {
      this.logger.warn(`trading sweep failed: ${String(err)}`);
    } finally {
      this.running = false;
    }
  }

  /** Steps each due listing, a few at a time; one that fails is tried again by the next sweep. */
  private async stepAll(ids: readonly string[]): Promise<void> {
    const queue = [...ids];
    const lane = async () => {
      for (let id = queue.shift(); id; id = queue.shift())
        await this.closing.step(id).catch((err: unknown) => {
          this.logger.warn(`trading step of ${id} failed: ${String(err)}`);
        });
    };
    await Promise.all(Array.from({ length: SWEEP_CONCURRENCY }, lane));
  }
}
