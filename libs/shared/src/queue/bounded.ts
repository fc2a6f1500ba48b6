import { Logger } from '@nestjs/common';
import { DomainError } from '../errors/domain-error.js';

const logger = new Logger('AfterCommit');

const timeout = (ms: number) =>
  new Promise<'TIMEOUT'>((resolve) => {
    const t = setTimeout(() => resolve('TIMEOUT'), ms);
    t.unref();
  });

/**
 * A side effect after a commit (queue a job, publish to watchers, notify): it must not fail or hang the
 * request whose change is already safe in Postgres. Redis being away (its clients queue commands until it
 * is back) costs at most `ms`; the sweeps rebuild every due step and every pending match from Postgres.
 */
export async function afterCommit(label: string, work: Promise<unknown>, ms = 1000): Promise<boolean> {
  const outcome = await Promise.race([work.then(() => 'DONE' as const), timeout(ms)]).catch(
    (err: unknown) => {
      logger.warn(`${label}: ${String(err)}`);
      return 'FAILED' as const;
    },
  );
  if (outcome === 'TIMEOUT') logger.warn(`${label}: no answer within ${ms} ms; the sweep will catch up`);
  return outcome === 'DONE';
}

/** Work that needs Redis to mean anything (queueing a re-match of everything): a clear refusal when it is away. */
export async function requireQueue<T>(what: string, work: Promise<T>, ms = 2000): Promise<T> {
  const outcome = await Promise.race([work, timeout(ms)]).catch(() => 'TIMEOUT' as const);
  if (outcome === 'TIMEOUT')
    throw new DomainError(
      'SERVICE_UNAVAILABLE',
      'QUEUE_UNAVAILABLE',
      `${what} needs the job queue, which is not reachable; try again shortly`,
    );
  return outcome as T;
}
