import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { type Job, type Queue, UnrecoverableError } from 'bullmq';
import type { MatchingSubject } from '@techmarket/catalog';
import { WORKER_LOCKS } from '@techmarket/shared';
import {
  MATCHING_QUEUE,
  MatchingJobName,
  type MatchSubjectPayload,
  type RematchAllPayload,
  subjectJob,
  subjectOfJob,
} from '../queue/matching.queue.js';
import { MatchingEngine } from './matching-engine.js';
import { SubjectStates } from './subject-states.js';

const BATCH = 500;

/**
 * Runs matching jobs. A run's writes are one transaction per step and idempotent (one row per pair,
 * terms replaced, statistics adjusted by difference), so a worker killed mid-job leaves nothing partial
 * and the stalled job, run again, gives the same result.
 */
@Processor(MATCHING_QUEUE, { concurrency: 2, ...WORKER_LOCKS })
export class MatchingProcessor extends WorkerHost {
  private readonly logger = new Logger(MatchingProcessor.name);

  constructor(
    private readonly engine: MatchingEngine,
    private readonly states: SubjectStates,
    @InjectQueue(MATCHING_QUEUE) private readonly queue: Queue,
  ) {
    super();
  }

  async process(job: Job<MatchSubjectPayload | RematchAllPayload>): Promise<unknown> {
    if (job.name === MatchingJobName.REMATCH_ALL) return this.rematchAll(job as Job<RematchAllPayload>);
    const kind = subjectOfJob(job.name);
    const { subjectId } = job.data as MatchSubjectPayload;
    if (!kind || !subjectId) throw new UnrecoverableError(`not a matching job: ${job.name}`);
    const version = await this.states.start(kind, subjectId);
    try {
      const candidates = await this.engine.run(kind, subjectId);
      await this.states.finish(kind, subjectId, version, candidates);
      return { candidates };
    } catch (err) {
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1))
        await this.states.fail(kind, subjectId, String(err));
      throw err;
    }
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, err: Error): void {
    this.logger.warn(
      `matching job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${err.message}`,
    );
  }

  /** Every listed achievement, expert and open need marked PENDING and queued, in batches (supply first). */
  private async rematchAll(job: Job<RematchAllPayload>): Promise<{ queued: number }> {
    let queued = 0;
    for (const kind of ['ACHIEVEMENT', 'EXPERT', 'NEED'] as MatchingSubject[]) {
      let after: string | null = null;
      for (;;) {
        const ids = await this.states.requestBatch(kind, after, BATCH);
        if (!ids.length) break;
        await this.queue.addBulk(ids.map((id) => subjectJob(kind, id)));
        queued += ids.length;
        after = ids[ids.length - 1];
        await job.updateProgress({ kind, queued });
      }
    }
    this.logger.log(`rematch-all by ${job.data.requestedBy}: ${queued} subjects queued`);
    return { queued };
  }
}
