// The operators' pages (/admin/...): the desk and the review queue; the rest a placeholder until built.
// /admin/queues is the API's own (bull-board) and never reaches the console.
import type { RouteObject } from 'react-router';
import { placeholderRoute } from '../../shared/placeholder-route';

export const reviewRoutes: RouteObject[] = [
  { path: '/admin', lazy: () => import('./AdminPage').then((m) => ({ Component: m.AdminPage })) },
  { path: '/admin/review', lazy: () => import('./ReviewPage').then((m) => ({ Component: m.ReviewPage })) },
  placeholderRoute('/admin/*', '运营后台'),
];
