// The signed-in session: the token and who it is, kept in localStorage until the token expires.
import { useSyncExternalStore } from 'react';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: 'MEMBER' | 'OPERATOR' | 'MARKET_OPERATOR';
}

export interface Session {
  token: string;
  /** ms since the epoch, from the token's `exp` claim */
  expiresAt: number;
  user: SessionUser;
}

const KEY = 'techmarket.session';
const listeners = new Set<() => void>();
let cached: { raw: string | null; session: Session | null } = { raw: null, session: null };

/** The `exp` claim of a JWT in ms, or null when it has none or is not a JWT. */
export function tokenExpiry(token: string): number | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof json.exp === 'number' ? json.exp * 1000 : null;
  } catch {
    return null;
  }
}

const storage = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage);

/** The session, or null when signed out or the token has expired (an expired one is dropped). */
export function readSession(now = Date.now()): Session | null {
  const raw = storage()?.getItem(KEY) ?? null;
  if (raw !== cached.raw) {
    let session: Session | null = null;
    try {
      session = raw ? (JSON.parse(raw) as Session) : null;
    } catch {
      session = null;
    }
    cached = { raw, session };
  }
  if (cached.session && cached.session.expiresAt <= now) {
    clearSession();
    return null;
  }
  return cached.session;
}

const notify = () => listeners.forEach((l) => l());

export function saveSession(token: string, user: SessionUser): Session {
  const session: Session = { token, user, expiresAt: tokenExpiry(token) ?? Date.now() + 8 * 3600_000 };
  storage()?.setItem(KEY, JSON.stringify(session));
  notify();
  return session;
}

export function clearSession(): void {
  storage()?.removeItem(KEY);
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => e.key === KEY && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The current session, re-rendering on sign in, sign out (in any tab) and expiry. */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, () => readSession());
}
