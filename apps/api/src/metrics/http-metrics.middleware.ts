import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { httpRequestDuration } from './metrics.js';

@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const stop = httpRequestDuration.startTimer({ method: req.method });
    res.on('finish', () => {
      // the path without ids or query: /graphql, /health, /metrics...
      const route = req.baseUrl + (req.route?.path ?? req.path.split('/').slice(0, 2).join('/'));
      stop({ route: route || '/', status: String(res.statusCode) });
    });
    next();
  }
}
