import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { httpRequestDuration } from './metrics.js';

const ROUTES = ['/graphql', '/health/live', '/health', '/metrics', '/admin/queues'];

@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const stop = httpRequestDuration.startTimer({ method: req.method });
    res.on('finish', () => {
      // a fixed set of labels, whatever paths clients send
      const path = req.originalUrl.split('?')[0];
      stop({
        route: ROUTES.find((r) => path === r || path.startsWith(`${r}/`)) ?? 'other',
        status: String(res.statusCode),
      });
    });
    next();
  }
}
