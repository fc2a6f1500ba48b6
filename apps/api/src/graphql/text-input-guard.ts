import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, visit } from 'graphql';

/** Text no column can hold: U+0000 (Postgres refuses it) or a lone surrogate (not Unicode at all). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorable = (text: string): boolean => text.includes('\u0000') || LONE_SURROGATE.test(text);

/** The path of the first unstorable string in a variables value (`variables.input.title`), or null. */
export function nulInValue(value: unknown, path: string): string | null {
  if (typeof value === 'string') return unstorable(value) ? path : null;
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

/** Whether a string literal of the document (`"a\u0000b"`, `"\uD800"`) is unstorable. */
export function nulInDocument(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (unstorable(node.value)) found = true;
    },
  });
  return found;
}

/**
 * Text columns cannot hold U+0000 (Postgres refuses it, 22021) and a lone surrogate is no text (the
 * e-mail check throws on one), so no string argument may hold either: a request carrying one is
 * refused as BAD_USER_INPUT (INVALID_CHARACTER) before any resolver runs.
 */
export function textInputGuard(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const where =
            nulInValue(request.variables ?? {}, 'variables') ?? (nulInDocument(document) ? 'query' : null);
          if (where)
            throw new GraphQLError(
              `${where} holds a NUL character (U+0000) or a lone surrogate, which no text may contain`,
              {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  reason: 'INVALID_CHARACTER',
                  field: where,
                  http: { status: 400 },
                },
              },
            );
        },
      };
    },
  };
}
