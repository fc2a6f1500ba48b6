import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { type Job, type Queue, UnrecoverableError } from 'bullmq';
import type { MatchingSubject } from '@techmarket/catalog';
import { WORKER_LOCKS } from '@techmarket/shared';
import {
  batchJob,
  MATCHING_QUEUE,
  type MatchBatchPayload,
  MatchingJobName,
  type MatchSubjectPayload,
  type RematchAllPayload,
  subjectOfJob,
} from '../queue/matching.queue.js';
import { MatchingEngine } from './matching-engine.js';
import { SubjectStates } from './subject-states.js';

/** Subjects marked per statement by a full re-match, and subjects per batch job, by kind. */
const PAGE = 2000;
const PER_JOB: Record<MatchingSubject, number> = { ACHIEVEMENT: 200, EXPERT: 200, NEED: 100 };

/**
 * Runs matching jobs: a subject's (an edit), a full re-match's batches of subjects, and the re-match itself.
 * A run's writes are one transaction per step and idempotent (one row per pair, terms replaced, statistics
 * adjusted by difference), so a worker killed mid-job leaves nothing partial and the stalled job, run
 * again, gives the same result.
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

  async process(job: Job<MatchSubjectPayload | RematchAllPayload | MatchBatchPayload>): Promise<unknown> {
    if (job.name === MatchingJobName.REMATCH_ALL) return this.rematchAll(job as Job<RematchAllPayload>);
    if (job.name === MatchingJobName.MATCH_BATCH) return this.batch(job as Job<MatchBatchPayload>);
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

  /**
   * A re-match's batch: the subjects not answered meanwhile (an edit's own job ran them) claimed, run
   * together, finished in one statement each way. A batch that fails for good hands its subjects back to the
   * sweep, one job each, so that a subject that cannot be matched fails alone.
   */
  private async batch(job: Job<MatchBatchPayload>): Promise<{ subjects: number }> {
    const { kind, subjectIds, needsFollow = false } = job.data;
    try {
      const claimed = await this.states.claim(kind, subjectIds);
      if (!claimed.length) return { subjects: 0 };
      const candidates = await this.engine.runMany(
        kind,
        claimed.map((c) => c.id),
        { needsFollow },
      );
      await this.states.finishMany(
        kind,
        claimed.map((c) => ({ ...c, candidates: candidates.has(c.id) ? candidates.get(c.id)! : 0 })),
      );
      return { subjects: claimed.length };
    } catch (err) {
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await this.states.release(String(job.id));
      throw err;
    }
  }

  /**
   * Every listed achievement, expert and open need marked PENDING and queued in batch jobs (supply first),
   * each job behind any subject job (BATCH_PRIORITY), so that edits made meanwhile are matched at once.
   */
  private async rematchAll(job: Job<RematchAllPayload>): Promise<{ queued: number }> {
    let queued = 0;
    // batch job ids of this attempt's own: a re-match that runs again (its worker died) queues its batches
    // again, behind the first attempt's, instead of naming jobs that ran already
    const attempt = `rematch-${job.id}-${Date.now().toString(36)}`;
    for (const kind of ['ACHIEVEMENT', 'EXPERT', 'NEED'] as MatchingSubject[]) {
      let after: string | null = null;
      for (let page = 0; ; page++) {
        const jobs = await this.states.requestBatch(
          kind,
          after,
          PAGE,
          `${attempt}-${kind.toLowerCase()}-${page}`,
          PER_JOB[kind],
        );
        if (!jobs.length) break;
        await this.queue.addBulk(jobs.map((b) => batchJob(kind, b.ids, b.job)));
        queued += jobs.reduce((n, b) => n + b.ids.length, 0);
        after = jobs[jobs.length - 1].ids.at(-1)!;
        await job.updateProgress({ kind, queued });
      }
    }
    this.logger.log(`rematch-all by ${job.data.requestedBy}: ${queued} subjects queued`);
    return { queued };
  }
}
