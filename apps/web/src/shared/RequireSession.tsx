import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from './session';

/** Renders its children for a signed-in user (an operator with `operator`), else goes to /login?next=. */
export function RequireSession({ children, operator = false }: { children: ReactNode; operator?: boolean }) {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (operator && session.user.role !== 'OPERATOR') return <Navigate to="/workspace" replace />;
  return <>{children}</>;
}
