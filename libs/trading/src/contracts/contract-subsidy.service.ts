import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrganizationsService } from '@techmarket/identity';
import { MarketPoliciesService } from '@techmarket/markets';
import { fromFen, type RequestLoaders, toFen } from '@techmarket/shared';
import type { SubsidyAssessment } from '../deals/deal.model.js';
import { chinaCalendarYear, type OrganizationKind } from '../rules/index.js';
import { assessInYear, chinaYearBounds, type SubsidyCase } from './subsidy-ledger.js';
import { subsidyPolicyOf } from './subsidy-policy.js';

export interface SubsidySubject {
  id: string;
  amount: string;
  sellerId: string;
  buyerId: string;
  registeredAt: Date | null;
}

/**
 * 交易后补助 of one contract, under the policy of the most specific market covering the buyer (by the
 * buyer's region) as in force when the contract was registered (`MarketPoliciesService.governing`;
 * Jilin's rule is the root's default). The yearly cap of the buyer counts the buyer's other REGISTERED
 * contracts registered earlier in the same China calendar year, in order of (registered_at,
 * registration_number), each with the subsidy it was assessed at under its own policy (`assessInYear`).
 * The year is the contract's registration year; a contract not registered yet is assessed as if it
 * were registered now (database clock), after every registered contract of this year.
 */
@Injectable()
export class ContractSubsidyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly policies: MarketPoliciesService,
  ) {}

  async assess(loaders: RequestLoaders, c: SubsidySubject): Promise<SubsidyAssessment> {
    const [buyer, seller] = await Promise.all([
      this.organizations.load(loaders, c.buyerId),
      this.organizations.load(loaders, c.sellerId),
    ]);
    if (!buyer || !seller) throw new Error(`contract ${c.id} names a missing organization`);
    const at = c.registeredAt ?? new Date((await this.db.query(`select clock_timestamp() as now`))[0].now);
    // only an enterprise can be granted anything, so only its history matters
    const prior = buyer.kind === 'ENTERPRISE' ? await this.earlierThisYear(c, at) : [];
    const governing = await this.policies.governing(
      'SUBSIDY',
      { regionCode: buyer.regionCode, fieldCodes: [] },
      [...prior.map((p) => p.registeredAt), at],
    );
    const policy = governing[governing.length - 1];
    const a = assessInYear(
      { verified: buyer.verified, kind: buyer.kind as OrganizationKind, regionCode: buyer.regionCode },
      prior.map(({ registeredAt: _, ...p }, i) => ({ ...p, policy: subsidyPolicyOf(governing[i]) })),
      {
        sellerVerified: seller.verified,
        sellerKind: seller.kind as OrganizationKind,
        sellerRegionCode: seller.regionCode,
        amountFen: toFen(c.amount),
        policy: subsidyPolicyOf(policy),
      },
    );
    return { eligible: a.eligible, amount: fromFen(a.amountFen), rule: a.rule, policy };
  }

  private async earlierThisYear(
    c: SubsidySubject,
    at: Date,
  ): Promise<Array<SubsidyCase & { registeredAt: Date }>> {
    const { startMs, endMs } = chinaYearBounds(chinaCalendarYear(at.getTime()));
    // compared in SQL against the contract's own row, at the database's microsecond precision
    const rows: Array<{
      amount: string;
      registeredAt: Date;
      sellerVerified: boolean;
      sellerKind: OrganizationKind;
      sellerRegionCode: string;
    }> = await this.db.query(
      `select c.amount, c.registered_at as "registeredAt", s.verified as "sellerVerified", s.kind as "sellerKind",
              s.region_code as "sellerRegionCode"
           from contracts c join organizations s on s.id = c.seller_id
          where c.buyer_id = $1 and c.status = 'REGISTERED' and c.id <> $2
            and c.registered_at >= $3 and c.registered_at < $4
            and not exists (select 1 from contracts me where me.id = $2 and me.status = 'REGISTERED'
                              and (c.registered_at, c.registration_number) >= (me.registered_at, me.registration_number))
          order by c.registered_at, c.registration_number`,
      [c.buyerId, c.id, new Date(startMs), new Date(endMs)],
    );
    return rows.map((r) => ({
      sellerVerified: r.sellerVerified,
      sellerKind: r.sellerKind,
      sellerRegionCode: r.sellerRegionCode,
      amountFen: toFen(r.amount),
      registeredAt: new Date(r.registeredAt),
    }));
  }
}
