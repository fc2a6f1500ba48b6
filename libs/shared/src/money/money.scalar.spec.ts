import { GraphQLError, Kind } from 'graphql';
import { MoneyScalar } from './money.scalar.js';

const scalar = new MoneyScalar();
const reasonOf = (parse: () => unknown) => {
  try {
    parse();
  } catch (err) {
    return err instanceof GraphQLError ? err.extensions.reason : 'not a GraphQLError';
  }
  return 'accepted';
};

describe('MoneyScalar', () => {
  it('takes decimal strings, in variables and literals', () => {
    expect(scalar.parseValue('9007199254740993')).toBe('9007199254740993.00');
    expect(scalar.parseLiteral({ kind: Kind.STRING, value: '1500000.5' })).toBe('1500000.50');
  });

  it.each([
    ['a JSON number past 2^53', 9007199254740993],
    ['a small JSON number', 300000],
    ['a boolean', true],
    ['an object', { amount: '1' }],
  ])('refuses %s as a variable with INVALID_MONEY', (_what, value) => {
    expect(reasonOf(() => scalar.parseValue(value))).toBe('INVALID_MONEY');
  });

  it.each([
    [Kind.INT, '9007199254740993'],
    [Kind.FLOAT, '1.5'],
  ] as const)('refuses a %s literal with INVALID_MONEY', (kind, value) => {
    expect(reasonOf(() => scalar.parseLiteral({ kind, value }))).toBe('INVALID_MONEY');
  });

  it('refuses a bad decimal string with INVALID_MONEY', () => {
    expect(reasonOf(() => scalar.parseValue('1.234'))).toBe('INVALID_MONEY');
  });
});
