import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG } from '@techmarket/shared';
import type { AppConfig } from '@techmarket/shared';
import { hashPassword } from '../auth/password.js';
import { UsersRepository } from './users.repository.js';

/** At start, the operator named by OPERATOR_EMAIL exists with OPERATOR_PASSWORD. */
@Injectable()
export class OperatorAccount implements OnApplicationBootstrap {
  private readonly logger = new Logger(OperatorAccount.name);

  constructor(
    private readonly users: UsersRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.operator) return;
    const { email, password } = this.config.operator;
    await this.users.upsertOperator(email, await hashPassword(password), '平台运营');
    this.logger.log(`operator account ${email} is ready`);
  }
}
