import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '@techmarket/shared';
import { metricsRegistry } from './metrics.js';

@Controller('metrics')
export class MetricsController {
  @Public()
  @Get()
  @Header('Content-Type', metricsRegistry.contentType)
  metrics(): Promise<string> {
    return metricsRegistry.metrics();
  }
}
