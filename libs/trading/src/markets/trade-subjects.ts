import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type AddParam, anyScopeSql, mayOperate, type ScopedItem } from '@techmarket/markets';
import type { AuthUser, MarketScope } from '@techmarket/shared';

/**
 * Which market a trading step is in, for market operators. A listing, and what hangs on it (registrations
 * and their deposits, objections), is where its achievement is: the achievement's region and fields, as
 * the review that listed it read them. A contract is where its achievement is; a contract without one
 * (a deal made offline) where its seller is, by the seller's region: 技术合同登记 is done where the seller
 * is, and the registration number carries the seller's region.
 */
@Injectable()
export class TradeSubjects {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async ofListing(listingId: string): Promise<ScopedItem> {
    const [row] = await this.db.query(
      `select a.region_code as "regionCode", a.field_codes as "fieldCodes"
         from trade_listings l join achievements a on a.id = l.achievement_id where l.id = $1`,
      [listingId],
    );
    return row ?? NOWHERE;
  }

  async ofContract(c: { achievementId: string | null; sellerId: string }): Promise<ScopedItem> {
    const [row] = c.achievementId
      ? await this.db.query(
          `select region_code as "regionCode", field_codes as "fieldCodes" from achievements where id = $1`,
          [c.achievementId],
        )
      : await this.db.query(
          `select region_code as "regionCode", '{}'::varchar[] as "fieldCodes" from organizations where id = $1`,
          [c.sellerId],
        );
    return row ?? NOWHERE;
  }

  /** Whether a market operator's markets hold this contract (a root operator's always do). */
  async mayOperateContract(
    user: AuthUser | null | undefined,
    c: { achievementId: string | null; sellerId: string },
  ): Promise<boolean> {
    if (user?.role !== 'MARKET_OPERATOR') return mayOperate(user, []);
    return mayOperate(user, [await this.ofContract(c)]);
  }
}

const NOWHERE: ScopedItem = { regionCode: null, fieldCodes: [] };

const ACHIEVEMENT = { region: 'a.region_code', fields: 'a.field_codes' };

/** The listing `listingColumn` names is in one of the markets (SQL over its achievement). */
export const listingInScopes = (
  scopes: readonly MarketScope[],
  listingColumn: string,
  add: AddParam,
): string =>
  `exists (select 1 from trade_listings l join achievements a on a.id = l.achievement_id
    where l.id = ${listingColumn} and ${anyScopeSql(scopes, ACHIEVEMENT, add)})`;

/** The contract aliased `c` is in one of the markets (SQL: by its achievement, or its seller without one). */
export const contractInScopes = (scopes: readonly MarketScope[], add: AddParam): string =>
  `(c.achievement_id is not null and exists (select 1 from achievements a where a.id = c.achievement_id
      and ${anyScopeSql(scopes, ACHIEVEMENT, add)})
    or c.achievement_id is null and exists (select 1 from organizations s where s.id = c.seller_id
      and ${anyScopeSql(scopes, { region: 's.region_code', fields: `'{}'::varchar[]` }, add)}))`;
