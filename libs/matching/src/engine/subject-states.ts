import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  MATCHABLE_ACHIEVEMENT_STATUSES,
  MATCHABLE_NEED_STATUSES,
  type MatchingSubject,
} from '@techmarket/catalog';

/** The worker's side of `matching_states`: PENDING → RUNNING → DONE (or back to PENDING if edited meanwhile) / FAILED. */
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

  /** DONE if nothing was requested since `version`, otherwise PENDING again (the next job is already queued). */
  async finish(kind: MatchingSubject, id: string, version: number, candidates: number): Promise<void> {
    await this.db.query(
      `update matching_states set status = case when version = $3 then 'DONE' else 'PENDING' end::matching_status,
         done_version = greatest(done_version, $3), candidates = $4, error = null, updated_at = now()
       where subject_kind = $1 and subject_id = $2`,
      [kind, id, version, candidates],
    );
  }

  async fail(kind: MatchingSubject, id: string, error: string): Promise<void> {
    await this.db.query(
      `update matching_states set status = 'FAILED', error = $3, updated_at = now()
       where subject_kind = $1 and subject_id = $2 and status <> 'PENDING'`,
      [kind, id, error.slice(0, 2000)],
    );
  }

  /** Subjects whose request may have no job behind it: PENDING a while, or RUNNING far past any lock. */
  overdue(limit: number): Promise<Array<{ kind: MatchingSubject; id: string }>> {
    return this.db.query(
      `select subject_kind as kind, subject_id as id from matching_states
       where (status = 'PENDING' and updated_at < now() - interval '3 seconds')
          or (status = 'RUNNING' and updated_at < now() - interval '2 minutes')
       order by updated_at limit $1`,
      [limit],
    );
  }

  /** For re-matching everything: one batch of subjects of a kind after `afterId`, marked PENDING. */
  async requestBatch(kind: MatchingSubject, afterId: string | null, size: number): Promise<string[]> {
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
    const rows: Array<{ id: string }> = await this.db.query(
      `with batch as (${source} and id > coalesce($2::uuid, '00000000-0000-0000-0000-000000000000') order by id limit $3)
       insert into matching_states (subject_kind, subject_id, status, version, updated_at) select $1, id, 'PENDING', 1, now() from batch
       on conflict (subject_kind, subject_id) do update set status = 'PENDING', version = matching_states.version + 1, updated_at = now()
       returning subject_id as id`,
      [kind, afterId, size, statuses],
    );
    return rows.map((r) => r.id).sort();
  }
}
