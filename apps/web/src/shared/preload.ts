// A page's first query, started by its route while the page's chunk is still downloading (the router in
// app/router.tsx turns `handle.preload` into a loader that never waits and never fails). The page asks
// for the same query with the same variables, so Apollo joins the request in flight or reads the cache:
// the data arrives about one round trip sooner on a cold load.
import type { DocumentNode } from 'graphql';
import type { Params } from 'react-router';

export interface PageQuery {
  query: DocumentNode;
  variables: Record<string, unknown>;
}

export type PreloadFor = (url: URL, params: Params) => PageQuery;

export interface PreloadHandle {
  preload: PreloadFor;
}

export const hasPreload = (handle: unknown): handle is PreloadHandle =>
  typeof handle === 'object' && handle !== null && typeof (handle as PreloadHandle).preload === 'function';
