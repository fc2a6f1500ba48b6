import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { encodeCursor } from './pagination.js';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** Relay connection types named `<Name>Connection` / `<Name>Edge`, as the contract spells them. */
export function Connection<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor: string;
    @Field(() => node) node: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int) totalCount: number;
  }
  return ConnectionType;
}

/** A row's place in a keyset page: its id and its creation time to the microsecond (`cursorTime`). */
export interface RowKey {
  id: string;
  keyAt: string;
}

/**
 * A page from the keys a keyset query found (one more than `limit` when there is a next page) and the
 * rows they name, in any order: the rows in key order, each with the cursor [keyAt, id].
 */
export function keyedConnection<T extends { id: string }>(
  keys: readonly RowKey[],
  rows: readonly T[],
  limit: number,
  totalCount: number,
): ConnectionShape<T> {
  const byId = new Map(rows.map((r) => [r.id, r] as const));
  const keyAt = new Map(keys.map((k) => [k.id, k.keyAt] as const));
  const page = keys.slice(0, limit).map((k) => byId.get(k.id) as T);
  return toConnection(page, keys.length > limit, totalCount, (r) =>
    encodeCursor([keyAt.get(r.id) as string, r.id]),
  );
}

export function toConnection<T>(
  nodes: T[],
  hasNextPage: boolean,
  totalCount: number,
  cursorOf: (n: T) => string,
): ConnectionShape<T> {
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return { edges, totalCount, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
