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
 * An expected refusal carries no stack trace either: capturing and formatting one (graphql-js reads
 * it) was a tenth of the CPU of a refused bid, and the reason names the rule that refused.
 */
export class DomainError extends IntrinsicException {
  readonly code: ErrorCode;
  readonly reason: string;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, reason: string, message: string, details: Record<string, unknown> = {}) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(message);
    } finally {
      Error.stackTraceLimit = limit;
    }
    this.code = code;
    this.reason = reason;
    this.details = details;
    this.name = 'DomainError';
    // a plain value: V8's lazy accessor would still run Node's stack formatting when graphql-js reads it
    Object.defineProperty(this, 'stack', {
      value: `DomainError: ${message}`,
      writable: true,
      configurable: true,
    });
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
