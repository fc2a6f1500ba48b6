import { jest } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { badInput, conflict, DomainError } from './domain-error.js';
import { formatGraphQLError } from './format-error.js';

const wrap = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['x'] });
const format = (error: GraphQLError, log = jest.fn()) => formatGraphQLError(error.toJSON(), error, log);

describe('formatGraphQLError', () => {
  it('keeps a domain error code, reason and details', () => {
    const out = format(wrap(badInput('INVALID_CREDIT_CODE', 'bad code', { field: 'creditCode' })));
    expect(out.message).toBe('bad code');
    expect(out.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_CREDIT_CODE',
      field: 'creditCode',
    });
  });

  it('hides an unexpected error behind INTERNAL_SERVER_ERROR and logs it', () => {
    const log = jest.fn();
    const boom = new Error('select * from users where password = ... failed');
    const out = format(wrap(boom), log);
    expect(out).toEqual({
      message: 'Internal server error',
      path: ['x'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(out)).not.toMatch(/select|stack/i);
    expect(log).toHaveBeenCalledWith(boom);
  });

  it('maps a unique violation from Postgres to CONFLICT without the SQL', () => {
    const pg = Object.assign(new Error('duplicate key value violates unique constraint "uq_x"'), {
      name: 'QueryFailedError',
      driverError: { code: '23505' },
      query: 'INSERT INTO secret',
    });
    const out = format(wrap(pg));
    expect(out.extensions).toEqual({ code: 'CONFLICT', reason: 'ALREADY_EXISTS' });
    expect(JSON.stringify(out)).not.toContain('INSERT');
  });

  it.each([
    ['23505', 'uq_users_email', 'users'],
    ['23503', 'fk_bids_registration', 'bids'],
    ['23514', 'ck_needs_modes', 'needs'],
  ])('logs a %s client error at warn with its constraint %s', (code, constraint, table) => {
    const pg = Object.assign(new Error(`violates constraint "${constraint}"`), {
      name: 'QueryFailedError',
      driverError: { code, constraint, table, detail: 'Key (email)=(secret@example.com) already exists.' },
    });
    const log = jest.fn();
    const warn = jest.fn();
    formatGraphQLError(wrap(pg).toJSON(), wrap(pg), log, warn);
    expect(log).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toBe(
      `database refused a request as bad input: ${code} constraint=${constraint} table=${table} path=x`,
    );
    expect(warn.mock.calls[0][0]).not.toContain('secret@example.com');
  });

  it('turns graphql-js giving up on too many bad variables into BAD_USER_INPUT', () => {
    const err = new GraphQLError(
      'Too many errors processing variables, error limit reached. Execution aborted.',
    );
    expect(format(err).extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_VARIABLES' });
  });

  it('turns the parser token limit into BAD_USER_INPUT TOO_MANY_TOKENS', () => {
    const err = new GraphQLError('Syntax Error: Document contains more that 3000 tokens. Parsing aborted.', {
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    expect(format(err).extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_TOKENS' });
  });

  it('keeps GraphQL validation errors and drops stack traces', () => {
    const err = new GraphQLError('Cannot query field "nope"', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at x'] },
    });
    expect(format(err).extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('turns a query-limit rejection into BAD_USER_INPUT with its reason', () => {
    const err = new GraphQLError('Syntax Error: Query depth limit of 8 exceeded, found 12.', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const out = format(err);
    expect(out.message).toBe('Query depth limit of 8 exceeded, found 12.');
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' });
  });

  it('is used by every domain through DomainError', () => {
    expect(conflict('X', 'y')).toBeInstanceOf(DomainError);
  });
});
