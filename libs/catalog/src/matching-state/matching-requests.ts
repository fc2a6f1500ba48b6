import type { EntityManager } from 'typeorm';
import type { MatchingSubject } from './matching-state.entity.js';

/** Postgres channel the worker listens on; NOTIFY is delivered at commit, and never for a rolled-back change. */
export const MATCHING_CHANNEL = 'matching_requested';

/** Marks a need or achievement as waiting to be (re-)matched, inside the caller's transaction. */
export async function requestMatching(
  em: Pick<EntityManager, 'query'>,
  kind: MatchingSubject,
  id: string,
): Promise<void> {
  await em.query(
    `insert into matching_states (subject_kind, subject_id, status, version, updated_at) values ($1, $2, 'PENDING', 1, now())
     on conflict (subject_kind, subject_id) do update
       set status = 'PENDING', version = matching_states.version + 1, error = null, updated_at = now()`,
    [kind, id],
  );
  await em.query(`select pg_notify($1, $2)`, [MATCHING_CHANNEL, `${kind}:${id}`]);
}
