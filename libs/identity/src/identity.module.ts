import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@techmarket/shared';
import { MarketsModule } from '@techmarket/markets';
import { NotificationsModule } from '@techmarket/notifications';
import { AuthGuard } from './auth/auth.guard.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { AuthService } from './auth/auth.service.js';
import { AuthRateLimiter } from './auth/auth-rate-limiter.js';
import { TokensService } from './auth/tokens.service.js';
import { OrganizationNotifier } from './organizations/organization-notifier.js';
import { OrganizationEntity } from './organizations/organization.entity.js';
import { OrganizationsRepository } from './organizations/organizations.repository.js';
import { OrganizationsResolver } from './organizations/organizations.resolver.js';
import { OrganizationsService } from './organizations/organizations.service.js';
import { MarketOperatorEntity } from './operators/market-operator.entity.js';
import { MarketOperatorsResolver } from './operators/market-operators.resolver.js';
import { MarketOperatorsService } from './operators/market-operators.service.js';
import { OperatorScopes } from './operators/operator-scopes.js';
import { OperatorAccount } from './users/operator-account.js';
import { UserEntity } from './users/user.entity.js';
import { UserFieldsResolver } from './users/user-fields.resolver.js';
import { UsersRepository } from './users/users.repository.js';

export const identityEntities = [OrganizationEntity, UserEntity, MarketOperatorEntity];

@Module({
  imports: [
    TypeOrmModule.forFeature(identityEntities),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // a KeyObject made once: given a string, jsonwebtoken first tries (and fails) to read it as a
      // public key on every sign and verify, which showed as a sixth of the API's time under bidding
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) as unknown as string,
      }),
    }),
    NotificationsModule,
    MarketsModule,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    TokensService,
    AuthService,
    AuthResolver,
    AuthRateLimiter,
    OrganizationsRepository,
    OrganizationsService,
    OrganizationsResolver,
    OrganizationNotifier,
    UsersRepository,
    UserFieldsResolver,
    OperatorAccount,
    OperatorScopes,
    MarketOperatorsService,
    MarketOperatorsResolver,
  ],
  exports: [TokensService, OrganizationsService, OrganizationNotifier, UsersRepository],
})
export class IdentityModule {}
