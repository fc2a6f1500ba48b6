import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { groupByJob } from './batch-plan.js';
import {
  MATCHABLE_ACHIEVEMENT_STATUSES,
  MATCHABLE_NEED_STATUSES,
  type MatchingSubject,
} from '@techmarket/catalog';

/** A subject a run answers: the request version it read when it started. */
export interface Claimed {
  id: string;
  version: number;
}

/**
 * The worker's side of `matching_states`: PENDING → RUNNING → DONE (or back to PENDING if edited meanwhile) /
 * FAILED. A subject job runs one subject; a batch job (a full re-match) many, each claimed and finished as
 * one job would, in one statement for the batch.
 */
@Injectable()
export class SubjectStates {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Marks the subject RUNNING and returns the request version this run answers. */
  async start(kind: MatchingSubject, id: string): Promise<number> {
    const [row] = await this.db.query(
      `insert into matching_states (subject_kind, subject_id, status, version, updated_at) values ($1, $2, 'RUNNING', 1, now())
       on conflict (subject_kind, subject_id) do update set status = 'RUNNING', updated_at = now() returning version`,
      [kind, id],
    );
    return row.version;
  }

  /**
   * A batch's subjects marked RUNNING, with their versions, except those already answered at their latest
   * request (a subject job ran them first): those are only let go of the batch.
   */
  async claim(kind: MatchingSubject, ids: readonly string[]): Promise<Claimed[]> {
    // an UPDATE answers [rows, count] through TypeORM
    const [rows]: [Array<Claimed & { answered: boolean }>, number] = await this.db.query(
      `update matching_states s set
         status = case when s.status = 'DONE' and s.done_version >= s.version then s.status else 'RUNNING' end::matching_status,
         batch_job = case when s.status = 'DONE' and s.done_version >= s.version then null else s.batch_job end,
         updated_at = now()
       from (select unnest($2::uuid[]) as id order by 1) x
       where s.subject_kind = $1 and s.subject_id = x.id
       returning s.subject_id as id, s.version, (s.status = 'DONE') as answered`,
      [kind, ids],
    );
    return rows.filter((r) => !r.answered).map(({ id, version }) => ({ id, version }));
  }

  /** DONE if nothing was requested since `version`, otherwise PENDING again (the next job is already queued). */
  finish(kind: MatchingSubject, id: string, version: number, candidates: number | null): Promise<void> {
    return this.finishMany(kind, [{ id, version, candidates }]);
  }

  /** `finish` for each subject of a run, in one statement; the batch lets go of them (null candidates: unchanged). */
  async finishMany(
    kind: MatchingSubject,
    done: ReadonlyArray<Claimed & { candidates: number | null }>,
  ): Promise<void> {
    if (!done.length) return;
    await this.db.query(
      `update matching_states s set status = case when s.version = x.version then 'DONE' else 'PENDING' end::matching_status,
         done_version = greatest(s.done_version, x.version), candidates = coalesce(x.candidates, s.candidates), error = null, batch_job = null,
         updated_at = now()
       from unnest($2::uuid[], $3::int[], $4::int[]) x(id, version, candidates)
       where s.subject_kind = $1 and s.subject_id = x.id`,
      [kind, done.map((d) => d.id), done.map((d) => d.version), done.map((d) => d.candidates)],
    );
  }

  async fail(kind: MatchingSubject, id: string, error: string): Promise<void> {
    await this.db.query(
      `update matching_states set status = 'FAILED', error = $3, updated_at = now()
       where subject_kind = $1 and subject_id = $2 and status <> 'PENDING'`,
      [kind, id, error.slice(0, 2000)],
    );
  }

  /**
   * A batch that failed for good, or whose job the queue no longer holds: its unanswered subjects go back to
   * PENDING on their own, for the sweep to queue one job each (a subject that fails again fails alone).
   */
  async release(batchJob: string): Promise<number> {
    const [, count]: [unknown[], number] = await this.db.query(
      `update matching_states set status = 'PENDING', batch_job = null
       where batch_job = $1 and status in ('PENDING', 'RUNNING')`,
      [batchJob],
    );
    return count;
  }

  /** Subjects whose request may have no job behind it: PENDING a while, or RUNNING far past any lock. */
  overdue(limit: number): Promise<Array<{ kind: MatchingSubject; id: string }>> {
    return this.db.query(
      `select subject_kind as kind, subject_id as id from matching_states
       where batch_job is null and ((status = 'PENDING' and updated_at < now() - interval '3 seconds')
          or (status = 'RUNNING' and updated_at < now() - interval '2 minutes'))
       order by updated_at limit $1`,
      [limit],
    );
  }

  /**
   * Batch jobs after `after` (in name order, for a caller that walks them all a page at a time) whose
   * subjects have all waited at least 30 seconds: whether the queue still holds them is the relay's to ask.
   */
  async waitingBatches(after: string, limit: number): Promise<string[]> {
    const rows: Array<{ job: string }> = await this.db.query(
      `select batch_job as job from matching_states where batch_job is not null and batch_job > $1
       group by 1 having max(updated_at) < now() - interval '30 seconds' order by 1 limit $2`,
      [after, limit],
    );
    return rows.map((r) => r.job);
  }

  /**
   * For re-matching everything: one page of subjects of a kind after `afterId`, marked PENDING and given to
   * batch jobs of `perJob` subjects each, named `${jobPrefix}-${n}`. Returns the jobs with their subjects.
   */
  async requestBatch(
    kind: MatchingSubject,
    afterId: string | null,
    size: number,
    jobPrefix: string,
    perJob: number,
  ): Promise<Array<{ job: string; ids: string[] }>> {
    // the matchable ones only ($4: their statuses; experts have none)
    const [source, statuses] =
      kind === 'NEED'
        ? [`select id from needs where status = any($4::need_status[])`, MATCHABLE_NEED_STATUSES]
        : kind === 'ACHIEVEMENT'
          ? [
              `select id from achievements where status = any($4::achievement_status[])`,
              MATCHABLE_ACHIEVEMENT_STATUSES,
            ]
          : [`select id from experts where $4::text[] is null`, null];
    const rows: Array<{ id: string; job: string }> = await this.db.query(
      `with page as (${source} and id > coalesce($2::uuid, '00000000-0000-0000-0000-000000000000') order by id limit $3),
       batch as (select id, $5 || '-' || ((row_number() over (order by id) - 1) / $6) as job from page)
       insert into matching_states (subject_kind, subject_id, status, version, batch_job, updated_at)
       select $1, id, 'PENDING', 1, job, now() from batch order by id
       on conflict (subject_kind, subject_id) do update set status = 'PENDING', version = matching_states.version + 1,
         batch_job = excluded.batch_job, updated_at = now()
       returning subject_id as id, batch_job as job`,
      [kind, afterId, size, statuses, jobPrefix, perJob],
    );
    return groupByJob(rows);
  }
}
