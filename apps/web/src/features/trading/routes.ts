// The trading pages, each its own lazily loaded chunk.
import type { RouteObject } from 'react-router';

export const tradingRoutes: RouteObject[] = [
  { path: '/trade', lazy: () => import('./TradeHallPage').then((m) => ({ Component: m.TradeHallPage })) },
  { path: '/trade/:id', lazy: () => import('./TradeRoomPage').then((m) => ({ Component: m.TradeRoomPage })) },
];
