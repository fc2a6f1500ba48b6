import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { inputValidationPipe, loadConfigOrExit } from '@techmarket/shared';
import { AppModule } from './app.module.js';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(inputValidationPipe());
  app.enableShutdownHooks();
  await app.listen(config.port, '0.0.0.0');
  app.get(Logger).log(`API ready on http://localhost:${config.port}/graphql`);
}

void bootstrap();
