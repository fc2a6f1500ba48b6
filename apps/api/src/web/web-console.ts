// The built web console (dist/web, `npm run build:web`) served by the API: hashed assets with a year's
// cache, the pages themselves never cached, browsers' page loads falling back to index.html.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { consolePage } from './console-route.js';

/** dist/web beside dist/apps (this file is dist/apps/api/src/web/web-console.js once built). */
export const WEB_DIST = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../web');

const YEAR_SECONDS = 365 * 24 * 3600;

/** Serves the console when it has been built; returns whether it was found. */
export function serveWebConsole(app: NestExpressApplication, dir = WEB_DIST): boolean {
  if (!existsSync(join(dir, 'index.html'))) return false;
  app.use((req: Request, res: Response, next: NextFunction) => {
    const page = consolePage(req.method, req.path, req.headers.accept);
    if (!page) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(dir, `${page}.html`));
  });
  app.useStaticAssets(join(dir, 'assets'), {
    prefix: '/assets/',
    index: false,
    fallthrough: false,
    immutable: true,
    maxAge: YEAR_SECONDS * 1000,
  });
  return true;
}
