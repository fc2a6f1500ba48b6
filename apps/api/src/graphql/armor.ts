import { ApolloArmor } from '@escape.tech/graphql-armor';

export const QUERY_LIMITS = {
  maxDepth: 10,
  maxCost: 5000,
  maxAliases: 15,
  maxTokens: 3000,
  maxDirectives: 20,
};

/**
 * Query depth, cost, aliases and directives bounded by graphql-armor (a maintained library); its
 * rejections become BAD_USER_INPUT with a reason in formatGraphQLError. Tokens are bounded by the
 * server's own parser (`parseOptions`): armor's token limit rethrows from a hook, and a malformed
 * document then answered HTTP 500 instead of 400.
 */
export function armorProtection() {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** The parser's own bounds: a syntax error, these included, answers HTTP 400 (GRAPHQL_PARSE_FAILED). */
export const parseOptions = () => ({ maxTokens: QUERY_LIMITS.maxTokens });
