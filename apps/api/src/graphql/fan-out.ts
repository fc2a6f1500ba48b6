import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLNamedType,
  type GraphQLSchema,
  GraphQLError,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** Objects a query may ask for, counting each list at its `first` (or the size it may reach). */
export const FAN_OUT_LIMITS = { maxObjects: 20_000, unpagedListSize: 20 } as const;

const isList = (type: GraphQLOutputType): boolean =>
  isListType(type) || (isNonNullType(type) && isListType(type.ofType));

function intValue(node: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const v = variables[node.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

/**
 * How many objects a query asks for at most: every object field counts once per object its parents
 * fan out to. A field with `first` multiplies by it (its argument, else its default); an object list
 * without paging (its edges aside) by FAN_OUT_LIMITS.unpagedListSize. Depth and the cost limit alone
 * let an 8-level query through lists of lists take seconds.
 */
export function estimatedObjects(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;

  const walk = (
    set: SelectionSetNode,
    parent: GraphQLNamedType,
    times: number,
    seen: Set<string>,
  ): number => {
    let total = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.INLINE_FRAGMENT) {
        const on = s.typeCondition ? (schema.getType(s.typeCondition.name.value) ?? parent) : parent;
        total += walk(s.selectionSet, on, times, seen);
        continue;
      }
      if (s.kind === Kind.FRAGMENT_SPREAD) {
        const f = fragments.get(s.name.value);
        if (!f || seen.has(f.name.value)) continue;
        const on = schema.getType(f.typeCondition.name.value) ?? parent;
        total += walk(f.selectionSet, on, times, new Set([...seen, f.name.value]));
        continue;
      }
      if (!s.selectionSet || !(isObjectType(parent) || isInterfaceType(parent))) continue;
      const field = parent.getFields()[s.name.value];
      if (!field) continue;
      const first = field.args.find((a) => a.name === 'first');
      let n = times;
      if (first) {
        const given = intValue(s.arguments?.find((a) => a.name.value === 'first')?.value, variables);
        const fallback =
          typeof first.defaultValue === 'number' ? first.defaultValue : FAN_OUT_LIMITS.unpagedListSize;
        n *= Math.max(given ?? fallback, 1);
      } else if (isList(field.type) && !parent.name.endsWith('Connection')) {
        n *= FAN_OUT_LIMITS.unpagedListSize;
      }
      total += n + walk(s.selectionSet, getNamedType(field.type), n, seen);
      if (total > Number.MAX_SAFE_INTEGER / 2) return total;
    }
    return total;
  };
  return walk(operation.selectionSet, root, 1, new Set());
}

/** Refuses (BAD_USER_INPUT, QUERY_TOO_COMPLEX, HTTP 400) a query that may fan out to too many objects. */
export function fanOutLimit(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const n = estimatedObjects(schema, document, request.operationName, request.variables ?? {});
          if (n > FAN_OUT_LIMITS.maxObjects)
            throw new GraphQLError(
              `This query may fetch ${n > 1e9 ? 'over a billion' : n} objects; at most ${FAN_OUT_LIMITS.maxObjects} (page nested lists with first)`,
              {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  reason: 'QUERY_TOO_COMPLEX',
                  max: FAN_OUT_LIMITS.maxObjects,
                  http: { status: 400 },
                },
              },
            );
        },
      };
    },
  };
}
