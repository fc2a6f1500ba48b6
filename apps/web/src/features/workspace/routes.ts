// The member workspace (/workspace/...): the landing page and, until built, a placeholder for the rest.
import type { RouteObject } from 'react-router';
import { placeholderRoute } from '../../shared/placeholder-route';

export const workspaceRoutes: RouteObject[] = [
  { path: '/workspace', lazy: () => import('./WorkspacePage').then((m) => ({ Component: m.WorkspacePage })) },
  placeholderRoute('/workspace/*', '工作台'),
];
