// One URL per page, each page its own chunk (lazy). A feature adds its pages in its routes.tsx.
import { createBrowserRouter, type RouteObject } from 'react-router';
import { hasPreload } from '../shared/preload';
import { catalogRoutes } from '../features/catalog/routes';
import { identityRoutes } from '../features/identity/routes';
import { reviewRoutes } from '../features/review/routes';
import { tradingRoutes } from '../features/trading/routes';
import { workspaceRoutes } from '../features/workspace/routes';
import { RouteError } from './ErrorBoundary';
import { client } from './client';
import { Frame } from './Frame';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Frame />,
    errorElement: <RouteError />,
    children: [
      { index: true, lazy: () => import('./HomePage').then((m) => ({ Component: m.HomePage })) },
      ...catalogRoutes,
      ...identityRoutes,
      ...workspaceRoutes,
      ...reviewRoutes,
      ...tradingRoutes,
      { path: '*', lazy: () => import('./NotFoundPage').then((m) => ({ Component: m.NotFoundPage })) },
    ],
  },
];

/** A route with `handle.preload` gets a loader that starts its page's query and returns at once: it never
 * holds up the navigation, and a failure is the page's to show when it asks for the same query. It runs
 * when the route is entered only: a change of the page's own search (a facet, the next page) is the
 * page's query to make, and the URL changes in the same tick as the click, as a loader would delay it. */
function withPreloads(list: RouteObject[]): RouteObject[] {
  return list.map((route) => {
    const children = route.children ? withPreloads(route.children) : undefined;
    if (!hasPreload(route.handle) || route.loader)
      return (children ? { ...route, children } : route) as RouteObject;
    const preload = route.handle.preload;
    return {
      ...route,
      ...(children ? { children } : {}),
      shouldRevalidate: () => false,
      loader: ({ request, params }) => {
        const { query, variables } = preload(new URL(request.url), params);
        client.query({ query, variables }).catch(() => undefined);
        return null;
      },
    } as RouteObject;
  });
}

export const router = createBrowserRouter(withPreloads(routes));
