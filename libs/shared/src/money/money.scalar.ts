import { Scalar, type CustomScalar } from '@nestjs/graphql';
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { DomainError } from '../errors/domain-error.js';
import { parseMoney } from './money.js';

/** CNY yuan as a decimal string, at most 2 decimals, e.g. "1500000.00". */
@Scalar('Money')
export class MoneyScalar implements CustomScalar<string, string> {
  description = 'CNY yuan as a decimal string, at most 2 decimals, e.g. "1500000.00".';

  parseValue(value: unknown): string {
    return asGraphQLError(() => parseMoney(value));
  }

  serialize(value: unknown): string {
    return parseMoney(value);
  }

  parseLiteral(ast: ValueNode): string {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) {
      return asGraphQLError(() => parseMoney(ast.value));
    }
    throw new GraphQLError('Money must be a decimal string', {
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_MONEY' },
    });
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
