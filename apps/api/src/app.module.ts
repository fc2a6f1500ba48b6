import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { CatalogModule } from '@techmarket/catalog';
import { IdentityModule, TokensService } from '@techmarket/identity';
import { MarketsModule } from '@techmarket/markets';
import { NotificationsModule } from '@techmarket/notifications';
import { MatchingModule } from '@techmarket/matching';
import { StatsModule } from '@techmarket/stats';
import { TradingModule } from '@techmarket/trading';
import {
  ConfigModule,
  DatabaseModule,
  LoggingModule,
  MoneyScalar,
  PubSubModule,
  QueueModule,
} from '@techmarket/shared';
import { QueuesAdminModule } from './admin/queues-admin.module.js';
import { graphqlConfig } from './graphql/graphql.config.js';
import { ServerTimeResolver } from './graphql/server-time.resolver.js';
import { HealthModule } from './health/health.module.js';
import { HttpMetricsMiddleware } from './metrics/http-metrics.middleware.js';
import { MetricsController } from './metrics/metrics.controller.js';

@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    PubSubModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [IdentityModule],
      inject: [TokensService],
      useFactory: graphqlConfig,
    }),
    MarketsModule,
    IdentityModule,
    NotificationsModule,
    CatalogModule,
    QueueModule,
    MatchingModule,
    TradingModule,
    StatsModule,
    QueuesAdminModule,
    HealthModule,
  ],
  controllers: [MetricsController],
  providers: [MoneyScalar, ServerTimeResolver],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*path');
  }
}
