import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { badInput, conflict, type MarketScope } from '@techmarket/shared';
import { MarketEntity } from '../markets/market.entity.js';
import { type ScopedItem, scopeOf } from '../scope/market-scope.js';
import { MarketPolicyEntity } from './market-policy.entity.js';
import type { MarketPolicy, MarketPolicyInput } from './market-policy.model.js';
import { chinaDay, governingPolicy } from './policy-in-force.js';
import {
  type BrokerPointsTerms,
  checkDay,
  checkPolicyTerms,
  type MarketPolicyKind,
  type SubsidyTerms,
} from './policy-terms.js';

export type StoredPolicy = MarketPolicy & { createdAtMs: number };

export const toPolicy = (p: MarketPolicyEntity): StoredPolicy => ({
  id: p.id,
  kind: p.kind as MarketPolicy['kind'],
  name: p.name,
  effectiveFrom: p.effectiveFrom,
  createdAt: p.createdAt,
  createdAtMs: p.createdAt.getTime(),
  marketCode: p.marketCode,
  subsidy: p.kind === 'SUBSIDY' ? (p.terms as SubsidyTerms) : null,
  brokerPoints: p.kind === 'BROKER_POINTS' ? (p.terms as BrokerPointsTerms) : null,
});

/** Policies as data: set by root operators per market from a day on, read by the rules that apply them. */
@Injectable()
export class MarketPoliciesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async set(marketCode: string, input: MarketPolicyInput, createdById: string): Promise<StoredPolicy> {
    const market = await this.db.getRepository(MarketEntity).findOneBy({ code: marketCode.trim() });
    if (!market)
      throw badInput('MARKET_NOT_FOUND', `no market has the code ${JSON.stringify(marketCode)}`, {
        field: 'market',
      });
    const name = input.name?.trim() ?? '';
    if (!name || [...name].length > 100)
      throw badInput('INVALID_NAME', 'name: 1 to 100 characters', { field: 'input.name' });
    const effectiveFrom = checkDay(input.effectiveFrom);
    const terms = checkPolicyTerms(input);
    if (terms.kind === 'SUBSIDY' && scopeOf(market).kind === 'INDUSTRY')
      throw badInput(
        'SUBSIDY_NEEDS_REGION',
        'a subsidy follows the buying organization, which region markets and the root cover, not industry ones',
        { field: 'input.subsidy' },
      );
    const [{ now }] = await this.db.query(`select clock_timestamp() as now`);
    if (effectiveFrom < chinaDay(new Date(now).getTime()))
      throw badInput('EFFECTIVE_IN_PAST', 'a policy takes effect today or later, never in the past', {
        field: 'input.effectiveFrom',
      });
    const rows = await this.db
      .createQueryBuilder()
      .insert()
      .into(MarketPolicyEntity)
      .values({
        marketCode: market.code,
        kind: terms.kind,
        name,
        effectiveFrom,
        terms: terms.kind === 'SUBSIDY' ? terms.subsidy : terms.brokerPoints,
        createdById,
      })
      .orIgnore()
      .returning('id')
      .execute();
    const id = rows.raw[0]?.id as string | undefined;
    if (!id)
      throw conflict(
        'POLICY_EXISTS',
        `a ${terms.kind} policy of ${market.code} takes effect on ${effectiveFrom} already`,
        {
          field: 'input.effectiveFrom',
        },
      );
    return toPolicy(
      (await this.db.getRepository(MarketPolicyEntity).findOneBy({ id })) as MarketPolicyEntity,
    );
  }

  /** A market's policies, by the day they take effect. */
  async of(marketCode: string, kind?: MarketPolicyKind | null): Promise<StoredPolicy[]> {
    const rows = await this.db.getRepository(MarketPolicyEntity).find({
      where: { marketCode, ...(kind ? { kind } : {}) },
      order: { effectiveFrom: 'ASC', createdAt: 'ASC', kind: 'ASC', id: 'ASC' },
    });
    return rows.map(toPolicy);
  }

  async byIds(ids: readonly string[]): Promise<StoredPolicy[]> {
    return (await this.db.getRepository(MarketPolicyEntity).findBy({ id: In([...ids]) })).map(toPolicy);
  }

  /**
   * The policy of a kind governing a subject at each instant (`governingPolicy`): every market and policy of
   * the kind is read once. Throws when nothing governs it: the root has a default of every kind.
   */
  async governing(
    kind: MarketPolicyKind,
    subject: ScopedItem,
    instants: readonly Date[],
  ): Promise<StoredPolicy[]> {
    const [markets, policies] = await Promise.all([
      this.db.getRepository(MarketEntity).find(),
      this.db.getRepository(MarketPolicyEntity).find({ where: { kind } }),
    ]);
    const scoped: Array<{ code: string; scope: MarketScope }> = markets.map((m) => ({
      code: m.code,
      scope: scopeOf(m),
    }));
    const stored = policies.map(toPolicy);
    return instants.map((at) => {
      const found = governingPolicy(scoped, stored, subject, at.getTime());
      if (!found)
        throw new Error(`no ${kind} policy governs ${JSON.stringify(subject)} at ${at.toISOString()}`);
      return found;
    });
  }
}
