import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, visit } from 'graphql';

/** The path of the first string holding U+0000 in a variables value (`variables.input.title`), or null. */
export function nulInValue(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulInValue(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const found = nulInValue(key, `${path}.${key}`) ?? nulInValue(v, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** Whether a string literal of the document (`"a\u0000b"`) holds U+0000. */
export function nulInDocument(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  return found;
}

/**
 * Text columns cannot hold U+0000 (Postgres refuses it, 22021), so no string argument may: a request
 * carrying one is refused as BAD_USER_INPUT (INVALID_CHARACTER) before any resolver runs.
 */
export function textInputGuard(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const where =
            nulInValue(request.variables ?? {}, 'variables') ?? (nulInDocument(document) ? 'query' : null);
          if (where)
            throw new GraphQLError(`${where} holds a NUL character (U+0000), which no text may contain`, {
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: 'INVALID_CHARACTER',
                field: where,
                http: { status: 400 },
              },
            });
        },
      };
    },
  };
}
