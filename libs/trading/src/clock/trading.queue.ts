import type { JobsOptions } from 'bullmq';

/** The trading clock's queue: time-driven steps (a listing's end, an auction's end after extensions, a notice's end). */
export const TRADING_QUEUE = 'trading';
export const TradingJobName = { CLOSE_DUE: 'close-due' } as const;

export interface CloseDuePayload {
  listingId: string;
}

/**
 * One delayed job per listing and due time: an extension adds a job for the new end, and the job for
 * the old end finds nothing due. The database clock and the listing's row lock decide; the job only wakes.
 */
export const closeDueJob = (listingId: string, dueAt: Date | string, now = Date.now()) => {
  const due = new Date(dueAt).getTime();
  return {
    name: TradingJobName.CLOSE_DUE,
    data: { listingId } satisfies CloseDuePayload,
    opts: { jobId: `close-${listingId}-${due}`, delay: Math.max(0, due - now) } satisfies JobsOptions,
  };
};
