import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { ExecutionResult, GraphQLFormattedError } from 'graphql';
import { TokensService } from '@techmarket/identity';
import { type AuthUser, formatGraphQLError, RequestLoaders, StrictDateTime } from '@techmarket/shared';
import { armorProtection, parseOptions } from './armor.js';
import { fanOutLimit } from './fan-out.js';
import { sharedReadCachePlugin } from './public-read-cache.plugin.js';
import { textInputGuard } from './text-input-guard.js';
import { graphqlMetricsPlugin } from '../metrics/graphql-metrics.plugin.js';

interface WsExtra {
  user?: AuthUser | null;
}

export function graphqlConfig(tokens: TokensService): ApolloDriverConfig {
  const logger = new Logger('GraphQL');
  const armor = armorProtection();
  const format = (formatted: GraphQLFormattedError, error: unknown) =>
    formatGraphQLError(
      formatted,
      error,
      (err) => logger.error(err instanceof Error ? (err.stack ?? err.message) : String(err)),
      (message) => logger.warn(message),
    );
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // DateTime inputs are checked (ISO 8601, years 1900-9999) before any resolver sees them
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: StrictDateTime }] },
    playground: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // @nestjs/apollo's types name @apollo/server's CommonJS declarations, ours the ESM ones: same plugins.
    plugins: [
      ...armor.plugins,
      textInputGuard(),
      fanOutLimit(),
      // browsers opening /graphql get the console's own GraphiQL (apps/web explorer.html), offline too
      ApolloServerPluginLandingPageDisabled(),
      graphqlMetricsPlugin(),
      // anonymous catalogue reads: one execution per 0.9 s however many visitors ask (public-read-cache.ts)
      sharedReadCachePlugin(),
      // no HTTP cache hints are set: the default plugin only wrapped every field's resolver for nothing
      ApolloServerPluginCacheControlDisabled(),
    ] as unknown as ApolloDriverConfig['plugins'],
    validationRules: armor.validationRules,
    parseOptions: parseOptions(),
    formatError: format,
    context: ({ req, extra }: { req?: unknown; extra?: WsExtra }) => ({
      req: req ?? { user: extra?.user ?? null },
      loaders: new RequestLoaders(),
    }),
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        // subscription results bypass Apollo's formatError: the same mapping is applied here
        onNext: (_ctx: unknown, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) =>
          result.errors?.length
            ? { ...result, errors: result.errors.map((e) => format(e.toJSON(), e)) }
            : result,
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
