// The catalog pages, each its own lazily loaded chunk; the lists start their query while it loads.
import type { RouteObject } from 'react-router';
import { placeholderRoute } from '../../shared/placeholder-route';
import { achievementsPreload, needsPreload } from './catalog-queries';

export const catalogRoutes: RouteObject[] = [
  {
    path: '/achievements',
    handle: { preload: achievementsPreload },
    lazy: () => import('./AchievementsPage').then((m) => ({ Component: m.AchievementsPage })),
  },
  {
    path: '/achievements/:id',
    lazy: () => import('./AchievementDetailPage').then((m) => ({ Component: m.AchievementDetailPage })),
  },
  {
    path: '/needs',
    handle: { preload: needsPreload },
    lazy: () => import('./NeedsPage').then((m) => ({ Component: m.NeedsPage })),
  },
  {
    path: '/needs/:id',
    lazy: () => import('./NeedDetailPage').then((m) => ({ Component: m.NeedDetailPage })),
  },
  { path: '/experts', lazy: () => import('./ExpertsPage').then((m) => ({ Component: m.ExpertsPage })) },
  {
    path: '/experts/:id',
    lazy: () => import('./ExpertDetailPage').then((m) => ({ Component: m.ExpertDetailPage })),
  },
  placeholderRoute('/stats', '统计'),
];
