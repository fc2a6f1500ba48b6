// One URL per page, each page its own chunk (lazy). A feature adds its pages in its routes.tsx.
import { createBrowserRouter, type RouteObject } from 'react-router';
import { catalogRoutes } from '../features/catalog/routes';
import { identityRoutes } from '../features/identity/routes';
import { reviewRoutes } from '../features/review/routes';
import { tradingRoutes } from '../features/trading/routes';
import { workspaceRoutes } from '../features/workspace/routes';
import { RouteError } from './ErrorBoundary';
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

export const router = createBrowserRouter(routes);
