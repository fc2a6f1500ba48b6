import { createHash } from 'node:crypto';
import type { FormattedExecutionResult, OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/**
 * How long an anonymous catalogue read is answered from this process's copy, counted from the moment its
 * execution started (before it read anything). A reverse proxy may keep a GET answer PROXY_MAX_AGE_S more:
 * whatever a visitor is shown is at most 0.9 + 1 s older than the database, under the 2 s the product allows.
 */
export const SHARED_READ_TTL_MS = 900;
export const PROXY_MAX_AGE_S = 1;
const MAX_ENTRIES = 500;
/** A read waiting for the same read in flight executes itself after this long (the other may have hung). */
const WAIT_LIMIT_MS = 10_000;

/** Root fields whose answer to an anonymous visitor is the same for every anonymous visitor: the public catalogue. */
export const SHARED_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'achievements',
  'achievement',
  'needs',
  'need',
  'experts',
  'expert',
  'fields',
  'organizations',
  'organization',
]);

export interface ReadShape {
  operation: OperationDefinitionNode;
  /** the request's Authorization header: any token, even a bad one, makes the read the viewer's own */
  authorization: string | undefined;
}

/**
 * A read that every anonymous visitor would be answered alike: a query, sent without a token, whose root
 * selections are all plain fields of the public catalogue. A signed-in viewer (a draft's owner, an operator)
 * may see more, so never shares a copy.
 */
export function isSharedRead({ operation, authorization }: ReadShape): boolean {
  if (operation.operation !== 'query' || authorization !== undefined) return false;
  const selections = operation.selectionSet.selections;
  return (
    selections.length > 0 &&
    selections.every((s) => s.kind === 'Field' && SHARED_ROOT_FIELDS.has(s.name.value))
  );
}

/** The same query text (by its hash), operation and variables: the same answer. */
export function sharedReadKey(
  queryHash: string,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): string {
  return `${queryHash}\n${operationName ?? ''}\n${JSON.stringify(variables ?? {})}`;
}

/** The HTTP caching headers of a GraphQL answer: only a shared read over GET may be kept by a proxy. */
export function cacheHeaders(shared: boolean, method: string, etag: string | null): Record<string, string> {
  if (method !== 'GET') return {};
  if (!shared || !etag) return { 'cache-control': 'no-store' };
  return {
    'cache-control': `public, max-age=${PROXY_MAX_AGE_S}`,
    // a cached anonymous copy must never answer a request that carries a token
    vary: 'Authorization',
    etag,
  };
}

export const etagOf = (result: FormattedExecutionResult): string =>
  `W/"${createHash('sha1').update(JSON.stringify(result)).digest('base64url')}"`;

interface Entry {
  startedAt: number;
  result: Promise<FormattedExecutionResult | null>;
  etag?: string | null;
}

/** What a read does with the cache: answer from a copy, or execute it (and, as its owner, publish the result). */
export type Lookup =
  | { kind: 'copy'; result: FormattedExecutionResult; entry: Entry }
  | { kind: 'execute'; owner: null }
  | { kind: 'execute'; owner: { entry: Entry; publish(result: FormattedExecutionResult | null): boolean } };

/**
 * The anonymous catalogue reads of this process, each executed once per SHARED_READ_TTL_MS however many
 * visitors ask at the same time (they wait for the one in flight). Any mutation this process runs drops
 * every copy at once; writes elsewhere (another API process, the worker) show within the TTL.
 */
export class SharedReadCache {
  private readonly entries = new LRUCache<string, Entry>({ max: MAX_ENTRIES });
  private generation = 0;

  constructor(
    private readonly ttlMs = SHARED_READ_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  async lookup(key: string): Promise<Lookup> {
    const found = this.entries.get(key);
    if (found && this.fresh(found)) {
      // a read that started before this request did and less than the TTL before: its answer, however long
      // it takes, is no older than this request's own would be by more than the TTL
      const result = await withTimeout(found.result, WAIT_LIMIT_MS);
      return result ? { kind: 'copy', result, entry: found } : { kind: 'execute', owner: null };
    }
    let settle!: (result: FormattedExecutionResult | null) => void;
    const entry: Entry = { startedAt: this.now(), result: new Promise((r) => (settle = r)) };
    const generation = this.generation;
    this.entries.set(key, entry);
    const publish = (result: FormattedExecutionResult | null) => {
      // a result read while this process wrote something may be older than the write: not shared
      const kept = generation === this.generation ? result : null;
      if (!kept && this.entries.get(key) === entry) this.entries.delete(key);
      settle(kept);
      return kept !== null;
    };
    return { kind: 'execute', owner: { entry, publish } };
  }

  /** Whether a proxy may still keep this answer PROXY_MAX_AGE_S: it is younger than the TTL. */
  fresh(entry: Entry): boolean {
    return this.now() - entry.startedAt < this.ttlMs;
  }

  /** After a write: every copy, and every read in flight, is set aside. */
  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
  }

  /** The entry's ETag, computed once. */
  etag(entry: Entry, result: FormattedExecutionResult): string {
    return (entry.etag ??= etagOf(result));
  }
}

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T | null> =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    void promise.then((value) => (clearTimeout(timer), resolve(value)));
  });
