import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-error.js';

/** Reasons that graphql-armor's rejections are tagged with (see the API's armor set-up). */
export const QUERY_LIMIT_REASONS = new Set([
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_ALIASES',
  'TOO_MANY_TOKENS',
  'TOO_MANY_DIRECTIVES',
]);

/** Postgres errors that mean the client sent something the database refused, not a server fault. */
const PG_INPUT_ERRORS: Record<string, { code: DomainError['code']; reason: string; message: string }> = {
  '22P02': { code: 'BAD_USER_INPUT', reason: 'INVALID_ID', message: 'An identifier is not valid' },
  '23505': { code: 'CONFLICT', reason: 'ALREADY_EXISTS', message: 'It already exists' },
  '23503': {
    code: 'BAD_USER_INPUT',
    reason: 'REFERENCE_NOT_FOUND',
    message: 'A referenced item does not exist',
  },
  '23514': {
    code: 'BAD_USER_INPUT',
    reason: 'CONSTRAINT_VIOLATED',
    message: 'A rule of the data was broken',
  },
};

export type ErrorLogger = (error: unknown) => void;

/**
 * The single place where errors become GraphQL errors. Domain errors keep their code and reason;
 * GraphQL's own request errors keep theirs; anything else is an internal error without its details
 * (no stack trace, no SQL) and is logged.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: ErrorLogger = () => undefined,
): GraphQLFormattedError {
  const original = unwrap(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: { ...original.details, code: original.code, reason: original.reason },
    };
  }
  const pg = pgError(original);
  if (pg) return { ...base, message: pg.message, extensions: { code: pg.code, reason: pg.reason } };

  const extensions = { ...(formatted.extensions ?? {}) };
  delete extensions.stacktrace;
  delete extensions.exception;
  if (typeof extensions.reason === 'string' && QUERY_LIMIT_REASONS.has(extensions.reason)) {
    const message = formatted.message.replace(/^Syntax Error: /, '');
    return { ...base, message, extensions: { ...extensions, code: 'BAD_USER_INPUT' } };
  }
  // GraphQL's own request errors (parse, validation, variable coercion) already carry a client code.
  if (typeof extensions.code === 'string' && extensions.code !== 'INTERNAL_SERVER_ERROR') {
    return { ...base, extensions };
  }
  log(original);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function unwrap(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

function pgError(error: unknown) {
  const code =
    (error as { code?: unknown; driverError?: { code?: unknown } } | undefined)?.driverError?.code ??
    (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' &&
    error instanceof Error &&
    (error.name === 'QueryFailedError' || 'severity' in error)
    ? PG_INPUT_ERRORS[code]
    : undefined;
}
