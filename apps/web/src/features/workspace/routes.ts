// The member workspace (/workspace/...): landing, my achievements and needs with their forms; the rest of
// the workspace (matches, dockings, trading) is a placeholder until built.
import type { RouteObject } from 'react-router';
import { placeholderRoute } from '../../shared/placeholder-route';

export const workspaceRoutes: RouteObject[] = [
  { path: '/workspace', lazy: () => import('./WorkspacePage').then((m) => ({ Component: m.WorkspacePage })) },
  {
    path: '/workspace/achievements',
    lazy: () => import('./MyAchievementsPage').then((m) => ({ Component: m.MyAchievementsPage })),
  },
  {
    path: '/workspace/achievements/new',
    lazy: () => import('./AchievementFormPage').then((m) => ({ Component: m.AchievementFormPage })),
  },
  {
    path: '/workspace/achievements/:id/edit',
    lazy: () => import('./AchievementFormPage').then((m) => ({ Component: m.AchievementFormPage })),
  },
  {
    path: '/workspace/needs',
    lazy: () => import('./MyNeedsPage').then((m) => ({ Component: m.MyNeedsPage })),
  },
  {
    path: '/workspace/needs/new',
    lazy: () => import('./NeedFormPage').then((m) => ({ Component: m.NeedFormPage })),
  },
  {
    path: '/workspace/needs/:id/edit',
    lazy: () => import('./NeedFormPage').then((m) => ({ Component: m.NeedFormPage })),
  },
  placeholderRoute('/workspace/*', '工作台'),
];
