import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { inputValidationPipe, loadConfigOrExit } from '@techmarket/shared';
import { AppModule } from './app.module.js';
import { serveWebConsole } from './web/web-console.js';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true });
  // GraphQL answers POSTs: hashing every response body for an ETag no client revalidates is waste
  app.set('etag', false);
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(inputValidationPipe());
  app.enableShutdownHooks();
  if (!serveWebConsole(app))
    app.get(Logger).warn('web console not built (npm run build:web): / is not served');
  await app.listen(config.port, '0.0.0.0');
  app.get(Logger).log(`API ready on http://localhost:${config.port}/graphql`);
}

void bootstrap();
