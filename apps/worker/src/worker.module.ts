import { Module } from '@nestjs/common';
import { MatchingWorkerModule } from '@techmarket/matching';
import { TradingWorkerModule } from '@techmarket/trading';
import { ConfigModule, DatabaseModule, LoggingModule, PubSubModule, QueueModule } from '@techmarket/shared';

/** The worker process: BullMQ processors, each domain's in its own module, calling that domain's services. */
@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    PubSubModule,
    QueueModule,
    MatchingWorkerModule,
    TradingWorkerModule,
  ],
})
export class WorkerModule {}
