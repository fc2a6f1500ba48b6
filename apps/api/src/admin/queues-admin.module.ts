import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule } from '@bull-board/nestjs';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { IdentityModule, TokensService } from '@techmarket/identity';
import { MATCHING_QUEUE } from '@techmarket/matching';
import { TRADING_QUEUE } from '@techmarket/trading';
import { operatorOnly } from './operator-only.middleware.js';
import { QueueMetrics } from './queue-metrics.js';

const ROUTE = '/admin/queues';

/** bull-board at /admin/queues for operators, and the queues' figures on /metrics. */
@Module({
  imports: [
    BullModule.registerQueue({ name: MATCHING_QUEUE }, { name: TRADING_QUEUE }),
    BullBoardModule.forRootAsync({
      imports: [IdentityModule],
      inject: [TokensService],
      useFactory: (tokens: TokensService) => ({
        route: ROUTE,
        adapter: ExpressAdapter,
        middleware: operatorOnly(tokens, ROUTE),
      }),
    }),
    BullBoardModule.forFeature(
      { name: MATCHING_QUEUE, adapter: BullMQAdapter },
      { name: TRADING_QUEUE, adapter: BullMQAdapter },
    ),
  ],
  providers: [QueueMetrics],
})
export class QueuesAdminModule {}
