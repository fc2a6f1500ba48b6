import type { ApolloServerPlugin } from '@apollo/server';
import { graphqlErrors, graphqlOperationDuration } from './metrics.js';

/** Times every operation and counts its errors by code, labelled by the operation's name. */
export function graphqlMetricsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const stop = graphqlOperationDuration.startTimer();
      return {
        async willSendResponse(ctx) {
          const name = ctx.operationName ?? 'anonymous';
          stop({ type: ctx.operation?.operation ?? 'unknown', name });
          for (const error of ctx.errors ?? []) {
            graphqlErrors.inc({ name, code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
          }
        },
      };
    },
  };
}
