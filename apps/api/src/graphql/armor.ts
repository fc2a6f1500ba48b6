import { ApolloArmor } from '@escape.tech/graphql-armor';

export const QUERY_LIMITS = {
  maxDepth: 10,
  maxCost: 5000,
  maxAliases: 15,
  maxTokens: 3000,
  maxDirectives: 20,
};

/**
 * Query depth, cost, aliases, tokens and directives bounded by graphql-armor (a maintained library);
 * its rejections become BAD_USER_INPUT with a reason in formatGraphQLError.
 */
export function armorProtection() {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
