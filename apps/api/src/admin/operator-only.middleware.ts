import type { NextFunction, Request, Response } from 'express';
import type { TokensService } from '@techmarket/identity';

const COOKIE = 'tm_admin';

const fromCookie = (header: string | undefined) =>
  header
    ?.split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${COOKIE}=`))
    ?.slice(COOKIE.length + 1);

/**
 * The queue dashboard is for operators: a Bearer token, or `?token=` once (kept in an HttpOnly cookie for
 * the dashboard's own requests). Anyone else gets 401 (no valid token) or 403 (not an operator).
 */
export function operatorOnly(tokens: TokensService, route: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const query = typeof req.query.token === 'string' ? req.query.token : undefined;
    const raw =
      req.headers.authorization?.replace(/^Bearer\s+/i, '') ?? query ?? fromCookie(req.headers.cookie);
    let role: string | null = null;
    try {
      role = raw ? tokens.verify(raw).role : null;
    } catch {
      role = null;
    }
    if (!role) {
      res
        .status(401)
        .setHeader('WWW-Authenticate', 'Bearer')
        .json({ error: 'an operator token is required' });
      return;
    }
    if (role !== 'OPERATOR') {
      res.status(403).json({ error: 'operators only' });
      return;
    }
    if (query) res.setHeader('Set-Cookie', `${COOKIE}=${query}; Path=${route}; HttpOnly; SameSite=Strict`);
    next();
  };
}
