import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { TokensService } from '@techmarket/identity';
import { AuthUser, formatGraphQLError, RequestLoaders } from '@techmarket/shared';
import { armorProtection } from './armor.js';
import { graphqlMetricsPlugin } from '../metrics/graphql-metrics.plugin.js';

interface WsExtra {
  user?: AuthUser | null;
}

export function graphqlConfig(tokens: TokensService): ApolloDriverConfig {
  const logger = new Logger('GraphQL');
  const armor = armorProtection();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // @nestjs/apollo's types name @apollo/server's CommonJS declarations, ours the ESM ones: same plugins.
    plugins: [
      ...armor.plugins,
      ApolloServerPluginLandingPageLocalDefault({ footer: false }),
      graphqlMetricsPlugin(),
    ] as unknown as ApolloDriverConfig['plugins'],
    validationRules: armor.validationRules,
    formatError: (formatted, error) =>
      formatGraphQLError(formatted, error, (err) =>
        logger.error(err instanceof Error ? (err.stack ?? err.message) : String(err)),
      ),
    context: ({ req, extra }: { req?: unknown; extra?: WsExtra }) => ({
      req: req ?? { user: extra?.user ?? null },
      loaders: new RequestLoaders(),
    }),
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        /** The token travels in connectionParams.authorization; a bad one closes the socket (4403). */
        onConnect: (ctx: { connectionParams?: Record<string, unknown>; extra: unknown }) => {
          const params = ctx.connectionParams ?? {};
          const header = (params.authorization ?? params.Authorization) as string | undefined;
          try {
            (ctx.extra as WsExtra).user = tokens.userFromAuthorization(header);
            return true;
          } catch {
            return false;
          }
        },
      },
    },
  };
}
