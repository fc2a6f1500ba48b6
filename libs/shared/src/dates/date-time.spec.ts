import { GraphQLError, Kind } from 'graphql';
import { DomainError } from '../errors/domain-error.js';
import { parseDateTime } from './date-time.js';
import { StrictDateTime } from './date-time.scalar.js';

const reasonOf = (f: () => unknown) => {
  try {
    f();
    return 'accepted';
  } catch (err) {
    if (err instanceof DomainError) return err.reason;
    if (err instanceof GraphQLError) return err.extensions.reason;
    return String(err);
  }
};

describe('parseDateTime', () => {
  it.each([
    ['2026-06-01T08:00:00Z', '2026-06-01T08:00:00.000Z'],
    ['2026-06-01T08:00:00.123+08:00', '2026-06-01T00:00:00.123Z'],
    ['2026-06-01', '2026-06-01T00:00:00.000Z'],
    ['1900-01-01T00:00:00Z', '1900-01-01T00:00:00.000Z'],
  ])('takes %s', (input, iso) => expect(parseDateTime(input).toISOString()).toBe(iso));

  it.each([['garbage'], [''], [1_700_000_000_000], [null], ['2026-13-45T00:00:00Z'], ['2026-06-01 08:00']])(
    'refuses %p with INVALID_DATE',
    (input) => expect(reasonOf(() => parseDateTime(input))).toBe('INVALID_DATE'),
  );

  it.each([
    ['-010000-01-01T00:00:00Z'],
    ['+275760-09-13T00:00:00Z'],
    ['0001-01-01T00:00:00Z'],
    ['1899-12-31T23:59:59Z'],
  ])('refuses %s with DATE_OUT_OF_RANGE', (input) =>
    expect(reasonOf(() => parseDateTime(input))).toMatch(/INVALID_DATE|DATE_OUT_OF_RANGE/),
  );

  it('says DATE_OUT_OF_RANGE for a well-formed year outside the range', () => {
    expect(reasonOf(() => parseDateTime('0001-01-01T00:00:00Z'))).toBe('DATE_OUT_OF_RANGE');
  });
});

describe('StrictDateTime', () => {
  it('answers a GraphQL error with the reason, for variables and literals', () => {
    expect(reasonOf(() => StrictDateTime.parseValue('nope'))).toBe('INVALID_DATE');
    expect(reasonOf(() => StrictDateTime.parseLiteral({ kind: Kind.INT, value: '5' }))).toBe('INVALID_DATE');
    expect((StrictDateTime.parseValue('2026-06-01T00:00:00Z') as Date).toISOString()).toBe(
      '2026-06-01T00:00:00.000Z',
    );
  });
});
