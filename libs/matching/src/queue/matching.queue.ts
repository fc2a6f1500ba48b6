import type { JobsOptions } from 'bullmq';
import type { MatchingSubject } from '@techmarket/catalog';

/** The matching queue and its jobs, in one place: the API and the worker agree through these. */
export const MATCHING_QUEUE = 'matching';

export const MatchingJobName = {
  MATCH_NEED: 'match-need',
  MATCH_ACHIEVEMENT: 'match-achievement',
  MATCH_EXPERT: 'match-expert',
  REMATCH_ALL: 'rematch-all',
} as const;

export interface MatchSubjectPayload {
  subjectId: string;
}
export interface RematchAllPayload {
  requestedBy: string;
}

const JOB_OF: Record<MatchingSubject, (typeof MatchingJobName)[keyof typeof MatchingJobName]> = {
  NEED: MatchingJobName.MATCH_NEED,
  ACHIEVEMENT: MatchingJobName.MATCH_ACHIEVEMENT,
  EXPERT: MatchingJobName.MATCH_EXPERT,
};
export const jobNameFor = (kind: MatchingSubject) => JOB_OF[kind];
export const subjectOfJob = (name: string): MatchingSubject | null =>
  (Object.keys(JOB_OF) as MatchingSubject[]).find((k) => JOB_OF[k] === name) ?? null;

/**
 * One job per subject at a time: a burst of edits while the job waits adds nothing; an edit while it runs
 * leaves exactly one follow-up job (BullMQ's keepLastIfActive), which reads the latest state when it runs.
 */
export const subjectJobOptions = (kind: MatchingSubject, id: string): JobsOptions => ({
  deduplication: { id: `${kind}:${id}`, keepLastIfActive: true },
});

/** A subject job as BullMQ's addBulk takes it. */
export const subjectJob = (kind: MatchingSubject, id: string) => ({
  name: jobNameFor(kind),
  data: { subjectId: id } satisfies MatchSubjectPayload,
  opts: subjectJobOptions(kind, id),
});
