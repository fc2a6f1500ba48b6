// The trading pages, each its own lazily loaded chunk: replace a placeholderRoute with
// { path, lazy: () => import('./SomePage').then((m) => ({ Component: m.SomePage })) }.
import type { RouteObject } from 'react-router';
import { placeholderRoute } from '../../shared/placeholder-route';

export const tradingRoutes: RouteObject[] = [
  placeholderRoute('/trade', '交易大厅'),
  placeholderRoute('/trade/:id', '交易室'),
];
