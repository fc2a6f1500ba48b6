import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';

/** Tags a graphql-armor rejection with the reason our error formatter maps to BAD_USER_INPUT. */
const tag = (reason: string) => [
  (_ctx: unknown, error: GraphQLError) => Object.assign(error.extensions, { reason }),
];

export const QUERY_LIMITS = {
  maxDepth: 10,
  maxCost: 5000,
  maxAliases: 15,
  maxTokens: 3000,
  maxDirectives: 20,
};

/** Query depth, cost, aliases, tokens and directives bounded by graphql-armor (a maintained library). */
export function armorProtection() {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, onReject: tag('QUERY_TOO_DEEP') },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, onReject: tag('QUERY_TOO_COMPLEX') },
    maxAliases: { n: QUERY_LIMITS.maxAliases, onReject: tag('TOO_MANY_ALIASES') },
    maxTokens: { n: QUERY_LIMITS.maxTokens, onReject: tag('TOO_MANY_TOKENS') },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, onReject: tag('TOO_MANY_DIRECTIVES') },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
