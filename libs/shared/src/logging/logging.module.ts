import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { requestLogFields, responseLogFields } from './request-log.js';

/** Structured JSON logs; every HTTP request gets an id (the caller's x-request-id, or a new one). */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.logLevel,
          genReqId: (req, res) => {
            const given = req.headers['x-request-id'];
            const id = typeof given === 'string' && /^[\w.-]{1,128}$/.test(given) ? given : randomUUID();
            res.setHeader('x-request-id', id);
            return id;
          },
          // pino-http binds the serialized request to a child logger on every request, logged or not:
          // a short request (no headers) is a few per cent of the API's CPU less, and keeps tokens and
          // cookies out of the logs by construction (a token in the query string is redacted, and the
          // response's headers, whose Set-Cookie may hold one, are left out). The redaction stays for
          // anything that adds them.
          serializers: { req: requestLogFields, res: responseLogFields },
          redact: ['req.headers.authorization', 'req.headers.cookie'],
          // req.log carries the request id only; the completion line has the request and response
          quietReqLogger: true,
          autoLogging: {
            ignore: (req) => req.url === '/health' || req.url === '/metrics' || req.url === '/health/live',
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
