import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-error.js';

/** graphql-armor's rejections ("Syntax Error: Query depth limit of 10 exceeded...") and the reason each gets. */
const QUERY_LIMITS: Array<[RegExp, string]> = [
  [/depth limit/i, 'QUERY_TOO_DEEP'],
  [/cost limit/i, 'QUERY_TOO_COMPLEX'],
  [/aliases limit/i, 'TOO_MANY_ALIASES'],
  [/token limit|contains more th\w+ \d+ tokens/i, 'TOO_MANY_TOKENS'],
  [/directives limit/i, 'TOO_MANY_DIRECTIVES'],
];
export const queryLimitReason = (message: string): string | undefined =>
  /^Syntax Error: /.test(message) ? QUERY_LIMITS.find(([pattern]) => pattern.test(message))?.[1] : undefined;

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
export type WarningLogger = (message: string) => void;

/**
 * The single place where errors become GraphQL errors. Domain errors keep their code and reason;
 * GraphQL's own request errors keep theirs; a database refusal that means bad input (a unique,
 * foreign-key or check violation) becomes a client error and is logged at warn with its constraint,
 * since it may as well be a server bug; anything else is an internal error without its details
 * (no stack trace, no SQL) and is logged.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: ErrorLogger = () => undefined,
  warn: WarningLogger = () => undefined,
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
  if (pg) {
    warn(databaseRefusal(original, formatted.path));
    return { ...base, message: pg.message, extensions: { code: pg.code, reason: pg.reason } };
  }

  const extensions = { ...(formatted.extensions ?? {}) };
  delete extensions.stacktrace;
  delete extensions.exception;
  const reason = queryLimitReason(formatted.message);
  if (reason) {
    const message = formatted.message.replace(/^Syntax Error: /, '');
    return { ...base, message, extensions: { code: 'BAD_USER_INPUT', reason } };
  }
  if (/^Too many errors processing variables/.test(formatted.message)) {
    return { ...base, extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VARIABLES' } };
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

/**
 * By shape, not instanceof: CommonJS libraries (graphql-armor) load graphql's CommonJS build while Nest
 * and Apollo load its ESM build, so one process holds two GraphQLError classes.
 */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && (error.name === 'GraphQLError' || error instanceof GraphQLError);
}

function unwrap(error: unknown): unknown {
  let current = error;
  while (isGraphQLError(current) && current.originalError) current = current.originalError;
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

/** One line for the log: the SQLSTATE, the constraint and table, and the GraphQL path (no values). */
export function databaseRefusal(error: unknown, path?: ReadonlyArray<string | number>): string {
  const e = error as { driverError?: Record<string, unknown> } & Record<string, unknown>;
  const d = e.driverError ?? e;
  const part = (name: string) => (typeof d[name] === 'string' ? String(d[name]) : '-');
  return (
    `database refused a request as bad input: ${part('code')} constraint=${part('constraint')} ` +
    `table=${part('table')} path=${path?.join('.') ?? '-'}`
  );
}
