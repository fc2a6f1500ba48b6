// The catalog pages, each its own lazily loaded chunk: replace a placeholderRoute with
// { path, lazy: () => import('./SomePage').then((m) => ({ Component: m.SomePage })) }.
import type { RouteObject } from 'react-router';
import { placeholderRoute } from '../../shared/placeholder-route';

export const catalogRoutes: RouteObject[] = [
  placeholderRoute('/achievements', '科技成果'),
  placeholderRoute('/achievements/:id', '成果详情'),
  placeholderRoute('/needs', '技术需求'),
  placeholderRoute('/needs/:id', '需求详情'),
  placeholderRoute('/experts', '专家'),
  placeholderRoute('/experts/:id', '专家详情'),
  placeholderRoute('/stats', '统计'),
];
