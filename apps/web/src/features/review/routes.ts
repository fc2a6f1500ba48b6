// The review pages, each its own lazily loaded chunk: replace a placeholderRoute with
// { path, lazy: () => import('./SomePage').then((m) => ({ Component: m.SomePage })) }.
import type { RouteObject } from 'react-router';
import { placeholderRoute } from '../../shared/placeholder-route';

export const reviewRoutes: RouteObject[] = [
  placeholderRoute('/admin', '运营后台'),
  placeholderRoute('/admin/*', '运营后台'),
];
