// Sign in (/login) and sign up (/register).
import type { RouteObject } from 'react-router';

export const identityRoutes: RouteObject[] = [
  { path: '/login', lazy: () => import('./LoginPage').then((m) => ({ Component: m.LoginPage })) },
  { path: '/register', lazy: () => import('./RegisterPage').then((m) => ({ Component: m.RegisterPage })) },
];
