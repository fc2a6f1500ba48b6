/** Paths the API answers itself: never the console's fallback. */
const API_PATHS = ['/graphql', '/health', '/metrics', '/admin/queues'];

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/**
 * Which page of the built console (dist/web) a request gets: GraphiQL for a browser opening /graphql,
 * index.html for any other page a browser opens (the SPA fallback), nothing for API paths, assets and
 * non-GET or non-HTML requests (they go on to the API or the static files).
 */
export function consolePage(
  method: string,
  path: string,
  accept: string | undefined,
): 'index' | 'explorer' | null {
  if (method !== 'GET' && method !== 'HEAD') return null;
  if (!accept?.includes('text/html')) return null;
  if (path === '/graphql') return 'explorer';
  if (API_PATHS.some((p) => under(path, p)) || under(path, '/assets')) return null;
  return 'index';
}
