import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type MarketEntity, scopeOf } from '@techmarket/markets';
import type { MarketScope } from '@techmarket/shared';

/** The scopes of the markets a market operator is appointed to, as they are now (read at each request). */
@Injectable()
export class OperatorScopes {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async of(userId: string): Promise<MarketScope[]> {
    const rows: MarketEntity[] = await this.db.query(
      `select m.code, m.parent_code as "parentCode", m.region_code as "regionCode", m.field_codes as "fieldCodes"
         from market_operators o join markets m on m.code = o.market_code where o.user_id = $1 order by m.code`,
      [userId],
    );
    return rows.map(scopeOf);
  }
}
