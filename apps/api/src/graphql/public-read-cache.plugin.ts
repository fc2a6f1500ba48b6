import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import {
  cacheHeaders,
  isSharedRead,
  type Lookup,
  SharedReadCache,
  sharedReadKey,
} from './public-read-cache.js';

/**
 * Anonymous catalogue reads answered from a copy at most SHARED_READ_TTL_MS old (see public-read-cache.ts),
 * with Cache-Control, Vary and ETag on GET (persisted queries), so that a reverse proxy in front of several
 * API processes shares them too; a mutation in this process drops every copy.
 */
export function sharedReadCachePlugin(cache = new SharedReadCache()): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let lookup: Lookup | null = null;
      return {
        async responseForOperation(ctx) {
          const shared = isSharedRead({
            operation: ctx.operation,
            authorization: ctx.request.http?.headers.get('authorization'),
          });
          if (!shared) return null;
          lookup = await cache.lookup(
            sharedReadKey(ctx.queryHash ?? ctx.source, ctx.operationName, ctx.request.variables),
          );
          if (lookup.kind === 'execute') return null;
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: lookup.result },
          };
        },
        async willSendResponse(ctx) {
          if (ctx.operation?.operation === 'mutation') cache.invalidate();
          const body = ctx.response.body;
          const result: FormattedExecutionResult | null =
            body.kind === 'single' && !body.singleResult.errors?.length ? body.singleResult : null;
          let entry = lookup?.kind === 'copy' ? lookup.entry : null;
          if (lookup?.kind === 'execute' && lookup.owner) {
            if (lookup.owner.publish(result)) entry = lookup.owner.entry;
          }
          const method = ctx.request.http?.method ?? 'POST';
          // an answer that took longer than the TTL to arrive is handed to the requests that waited for it,
          // but no proxy keeps it
          const shared = !!entry && cache.fresh(entry);
          const etag = entry && shared && result && method === 'GET' ? cache.etag(entry, result) : null;
          for (const [name, value] of Object.entries(cacheHeaders(shared, method, etag)))
            ctx.response.http.headers.set(name, value);
        },
      };
    },
  };
}
