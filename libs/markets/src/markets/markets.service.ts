import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { badInput, byKeys, conflict, type MarketScope, type RequestLoaders } from '@techmarket/shared';
import { ROOT_MARKET, scopeOf } from '../scope/market-scope.js';
import { checkMarketInput } from './market-input.js';
import { MarketEntity } from './market.entity.js';
import { type Market, MarketKind, type MarketInput } from './market.model.js';

const kindOf = (m: MarketEntity): MarketKind => MarketKind[scopeOf(m).kind];

export const toMarket = (m: MarketEntity): Market => ({ ...m, kind: kindOf(m) });

/** The markets: created by root operators, read by anyone; a market's scope is what the other domains filter by. */
@Injectable()
export class MarketsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The root first, then region markets by region code, then industry markets by code. */
  async list(): Promise<Market[]> {
    const rank = (m: MarketEntity) =>
      m.parentCode === null ? '0' : m.regionCode ? `1${m.regionCode}` : `2${m.code}`;
    const all = await this.db.getRepository(MarketEntity).find();
    return all.sort((a, b) => rank(a).localeCompare(rank(b))).map(toMarket);
  }

  async get(code: string): Promise<Market | null> {
    const found = await this.db.getRepository(MarketEntity).findOneBy({ code });
    return found ? toMarket(found) : null;
  }

  load(loaders: RequestLoaders, code: string): Promise<Market | null> {
    return loaders
      .get<string, Market | null>('marketByCode', async (codes) =>
        byKeys(
          codes,
          (await this.db.getRepository(MarketEntity).findBy({ code: In([...codes]) })).map(toMarket),
          (m) => m.code,
        ),
      )
      .load(code);
  }

  /** The scope of the market a list is narrowed to (`field` names the argument in a refusal). */
  async scope(code: string, field = 'market'): Promise<MarketScope> {
    const found = await this.db.getRepository(MarketEntity).findOneBy({ code: code.trim() });
    if (!found)
      throw badInput('MARKET_NOT_FOUND', `no market has the code ${JSON.stringify(code)}`, { field });
    return scopeOf(found);
  }

  /** A market under the root; its field codes must exist in the taxonomy, its region have no market yet. */
  async create(input: MarketInput): Promise<Market> {
    const fields = checkMarketInput(input);
    if (fields.fieldCodes.length) {
      // the taxonomy table (seeded from shared/data/fields.json by the catalogue)
      const known: Array<{ code: string }> = await this.db.query(
        `select code from fields where code = any($1::varchar[])`,
        [fields.fieldCodes],
      );
      const unknown = fields.fieldCodes.filter((c) => !known.some((k) => k.code === c));
      if (unknown.length)
        throw badInput('INVALID_FIELD_CODE', `fieldCodes: unknown field code ${unknown.join(', ')}`, {
          field: 'fieldCodes',
        });
    }
    const repo = this.db.getRepository(MarketEntity);
    if (await repo.findOneBy({ code: fields.code }))
      throw conflict('MARKET_EXISTS', `a market has the code ${fields.code}`, { field: 'code' });
    if (fields.regionCode && (await repo.findOneBy({ regionCode: fields.regionCode })))
      throw conflict('REGION_HAS_MARKET', `the region ${fields.regionCode} has a market already`, {
        field: 'regionCode',
      });
    // a racing twin is refused by the primary key or the region's unique index
    await repo.insert({ ...fields, parentCode: ROOT_MARKET }).catch((err: { code?: string }) => {
      if (err.code === '23505')
        throw conflict('MARKET_EXISTS', 'the market or its region was created meanwhile');
      throw err;
    });
    return toMarket((await repo.findOneBy({ code: fields.code })) as MarketEntity);
  }
}
