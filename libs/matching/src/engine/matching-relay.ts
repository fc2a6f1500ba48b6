import { InjectQueue } from '@nestjs/bullmq';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Queue } from 'bullmq';
import pg from 'pg';
import { MATCHING_CHANNEL, type MatchingSubject } from '@techmarket/catalog';
import { APP_CONFIG, type AppConfig } from '@techmarket/shared';
import { MATCHING_QUEUE, subjectJob } from '../queue/matching.queue.js';
import { SubjectStates } from './subject-states.js';

const SWEEP_MS = 1000;

/**
 * Moves matching requests from Postgres into BullMQ. Each committed change NOTIFYs (at commit, never
 * for a rollback) and is queued at once; a sweep every second queues whatever is still PENDING a few
 * seconds later, which covers a worker that was down, a lost notification and a Redis that lost its
 * queue. Several workers may relay at once: jobs are deduplicated per subject.
 */
@Injectable()
export class MatchingRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MatchingRelay.name);
  private listener: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private sweeping = false;
  private stopped = false;

  constructor(
    @InjectQueue(MATCHING_QUEUE) private readonly queue: Queue,
    private readonly states: SubjectStates,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.timer = setInterval(() => void this.sweep(), SWEEP_MS);
    void this.sweep();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.config.databaseUrl,
      application_name: 'techmarket-relay',
    });
    client.on('notification', (n) => void this.enqueue(n.payload ?? ''));
    client.on('error', (err) => {
      this.logger.warn(`matching listener lost: ${err.message}; the sweep covers until it is back`);
      this.listener = null;
      if (!this.stopped) setTimeout(() => void this.listen().catch(() => undefined), 1000);
    });
    try {
      await client.connect();
      await client.query(`listen ${MATCHING_CHANNEL}`);
      this.listener = client;
    } catch (err) {
      this.logger.warn(`matching listener not connected: ${String(err)}`);
      if (!this.stopped) setTimeout(() => void this.listen().catch(() => undefined), 1000);
    }
  }

  private async enqueue(payload: string): Promise<void> {
    const [kind, id] = payload.split(':') as [MatchingSubject, string];
    const job = subjectJob(kind, id);
    await this.queue.add(job.name, job.data, job.opts).catch((err: unknown) => {
      this.logger.warn(`matching request ${payload} not queued now (${String(err)}); the sweep will`);
    });
  }

  private async sweep(): Promise<void> {
    if (this.sweeping) return;
    this.sweeping = true;
    try {
      const overdue = await this.states.overdue(500);
      if (overdue.length) await this.queue.addBulk(overdue.map((s) => subjectJob(s.kind, s.id)));
    } catch (err) {
      this.logger.warn(`matching sweep failed: ${String(err)}`);
    } finally {
      this.sweeping = false;
    }
  }
}
