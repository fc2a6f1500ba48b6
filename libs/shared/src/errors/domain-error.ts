import { IntrinsicException } from '@nestjs/common';

/** The codes a client can rely on, in `extensions.code`. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE';

/**
 * Every rule a domain enforces fails with a DomainError: a code for the class of failure and a
 * reason naming the rule (`BID_TOO_LOW`, `INVALID_CREDIT_CODE`...). One formatter maps them to GraphQL.
 * An IntrinsicException, so that Nest does not log an expected refusal as an error with its stack.
 */
export class DomainError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (reason: string, message: string, details?: Record<string, unknown>) =>
  new DomainError('BAD_USER_INPUT', reason, message, details);
export const notFound = (what: string, id?: string) =>
  new DomainError(
    'NOT_FOUND',
    `${what.toUpperCase().replace(/\s+/g, '_')}_NOT_FOUND`,
    `${what} not found`,
    id ? { id } : {},
  );
export const forbidden = (reason: string, message: string) => new DomainError('FORBIDDEN', reason, message);
export const conflict = (reason: string, message: string, details?: Record<string, unknown>) =>
  new DomainError('CONFLICT', reason, message, details);
export const unauthenticated = (reason: string, message: string) =>
  new DomainError('UNAUTHENTICATED', reason, message);
