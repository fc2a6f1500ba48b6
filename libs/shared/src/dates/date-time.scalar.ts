import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DomainError } from '../errors/domain-error.js';
import { parseDateTime } from './date-time.js';

const parsed = (value: unknown): Date => {
  try {
    return parseDateTime(value, 'DateTime');
  } catch (err) {
    if (err instanceof DomainError)
      throw new GraphQLError(err.message, { extensions: { code: err.code, reason: err.reason } });
    throw err;
  }
};

/**
 * `DateTime` as @nestjs/graphql serves it, but strict on input (`parseDateTime`): its own scalar turns
 * any value into a Date, an invalid one included, which then reaches Postgres.
 */
export const StrictDateTime = new GraphQLScalarType({
  name: 'DateTime',
  description:
    'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  parseValue: parsed,
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
  parseLiteral: (ast) => parsed(ast.kind === Kind.STRING ? ast.value : null),
});
