// Sign in (/login) and sign up (/register).
import type { RouteObject } from 'react-router';
import { placeholderRoute } from '../../shared/placeholder-route';

export const identityRoutes: RouteObject[] = [
  { path: '/login', lazy: () => import('./LoginPage').then((m) => ({ Component: m.LoginPage })) },
  placeholderRoute('/register', '注册'),
];
