import { Scalar, type CustomScalar } from '@nestjs/graphql';
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { DomainError } from '../errors/domain-error.js';
import { parseMoney } from './money.js';

const notAString = () =>
  new GraphQLError(
    'Money must be a decimal string such as "1500000.00"; a number is refused, since JSON numbers lose digits beyond 2^53',
    { extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_MONEY' } },
  );

/**
 * CNY yuan as a decimal string, at most 2 decimals, e.g. "1500000.00". Input is a string only:
 * a JSON number such as 9007199254740993 has already become 9007199254740992 when it arrives.
 */
@Scalar('Money')
export class MoneyScalar implements CustomScalar<string, string> {
  description = 'CNY yuan as a decimal string, at most 2 decimals, e.g. "1500000.00".';

  parseValue(value: unknown): string {
    if (typeof value !== 'string') throw notAString();
    return asGraphQLError(() => parseMoney(value));
  }

  serialize(value: unknown): string {
    return parseMoney(value);
  }

  parseLiteral(ast: ValueNode): string {
    if (ast.kind === Kind.STRING) return asGraphQLError(() => parseMoney(ast.value));
    throw notAString();
  }
}

function asGraphQLError(parse: () => string): string {
  try {
    return parse();
  } catch (err) {
    if (err instanceof DomainError) {
      throw new GraphQLError(err.message, { extensions: { code: err.code, reason: err.reason } });
    }
    throw err;
  }
}
