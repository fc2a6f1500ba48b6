import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Market, MarketsService } from '@techmarket/markets';
import { badInput, conflict, isUuid, notFound } from '@techmarket/shared';
import { hashPassword } from '../auth/password.js';
import { UserEntity } from '../users/user.entity.js';
import { MarketOperatorEntity } from './market-operator.entity.js';
import type { MarketOperatorInput } from './market-operator.input.js';

/**
 * Root operators appoint market operators: an account of role MARKET_OPERATOR, made here (a member's
 * account never becomes staff), acting in the markets it is appointed to and nowhere else.
 */
@Injectable()
export class MarketOperatorsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly markets: MarketsService,
  ) {}

  async appoint(marketCode: string, input: MarketOperatorInput): Promise<UserEntity> {
    const market = await this.marketToAppointIn(marketCode);
    const email = input.email.trim().toLowerCase();
    const existing = await this.db.getRepository(UserEntity).findOneBy({ email });
    if (existing && existing.role !== 'MARKET_OPERATOR')
      throw conflict(
        'NOT_A_MARKET_OPERATOR',
        'this account is a member’s or a root operator’s, not a market operator’s',
        {
          field: 'email',
        },
      );
    if (existing && (input.name || input.password))
      throw badInput('ACCOUNT_EXISTS', 'the account exists: appoint it by its email alone', {
        field: 'password',
      });
    if (!existing && !input.name?.trim())
      throw badInput('NAME_REQUIRED', 'a new market operator needs a name', { field: 'name' });
    if (!existing && !input.password)
      throw badInput('PASSWORD_REQUIRED', 'a new market operator needs a password', { field: 'password' });
    const passwordHash = existing ? null : await hashPassword(input.password as string);
    const userId = await this.db.transaction(async (em) => {
      const id =
        existing?.id ??
        (
          await em
            .createQueryBuilder()
            .insert()
            .into(UserEntity)
            .values({
              email,
              passwordHash: passwordHash as string,
              name: (input.name as string).trim(),
              role: 'MARKET_OPERATOR',
              organizationId: null,
            })
            .orIgnore()
            .returning('id')
            .execute()
        ).raw[0]?.id;
      if (!id)
        throw conflict('EMAIL_TAKEN', 'an account with this email was made meanwhile', { field: 'email' });
      await em
        .createQueryBuilder()
        .insert()
        .into(MarketOperatorEntity)
        .values({ userId: id, marketCode: market.code })
        .orIgnore()
        .execute();
      return id as string;
    });
    return (await this.db.getRepository(UserEntity).findOneBy({ id: userId })) as UserEntity;
  }

  async dismiss(marketCode: string, userId: string): Promise<UserEntity> {
    const market = await this.marketToAppointIn(marketCode);
    if (!isUuid(userId)) throw notFound('Market operator', userId);
    const { affected } = await this.db
      .getRepository(MarketOperatorEntity)
      .delete({ userId, marketCode: market.code });
    if (!affected) throw notFound('Market operator', userId);
    return (await this.db.getRepository(UserEntity).findOneBy({ id: userId })) as UserEntity;
  }

  /** The markets a user is appointed to (none for anyone but a market operator). */
  async marketsOf(userId: string): Promise<Market[]> {
    const rows = await this.db
      .getRepository(MarketOperatorEntity)
      .find({ where: { userId }, order: { marketCode: 'ASC' } });
    const found = await Promise.all(rows.map((r) => this.markets.get(r.marketCode)));
    return found.filter((m): m is Market => m !== null);
  }

  /** A market's operators, by name. */
  operatorsOf(marketCode: string): Promise<UserEntity[]> {
    return this.db.query(
      `select u.id, u.email, u.name, u.role, u.organization_id as "organizationId" from market_operators o
         join users u on u.id = o.user_id where o.market_code = $1 order by u.name, u.id`,
      [marketCode],
    );
  }

  private async marketToAppointIn(code: string): Promise<Market> {
    const market = await this.markets.get(code.trim());
    if (!market)
      throw badInput('MARKET_NOT_FOUND', `no market has the code ${JSON.stringify(code)}`, {
        field: 'market',
      });
    if (market.parentCode === null)
      throw badInput('ROOT_MARKET', 'the root market’s operators are the platform’s operators', {
        field: 'market',
      });
    return market;
  }
}
