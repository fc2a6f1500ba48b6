import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrganizationsService } from '@techmarket/identity';
import { fromFen, type RequestLoaders, toFen } from '@techmarket/shared';
import type { SubsidyAssessment } from '../deals/deal.model.js';
import { chinaCalendarYear, type OrganizationKind } from '../rules/index.js';
import { assessInYear, chinaYearBounds, type SubsidyCase } from './subsidy-ledger.js';

export interface SubsidySubject {
  id: string;
  amount: string;
  sellerId: string;
  buyerId: string;
  registeredAt: Date | null;
}

/**
 * 交易后补助 of one contract (Jilin's rule, `assessSubsidy`). The yearly cap of the buyer counts the
 * buyer's other REGISTERED contracts registered earlier in the same China calendar year, in order of
 * (registered_at, registration_number), each with the subsidy it was assessed at (`assessInYear`).
 * The year is the contract's registration year; a contract not registered yet is assessed as if it
 * were registered now (database clock), after every registered contract of this year.
 */
@Injectable()
export class ContractSubsidyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
  ) {}

  async assess(loaders: RequestLoaders, c: SubsidySubject): Promise<SubsidyAssessment> {
    const [buyer, seller] = await Promise.all([
      this.organizations.load(loaders, c.buyerId),
      this.organizations.load(loaders, c.sellerId),
    ]);
    if (!buyer || !seller) throw new Error(`contract ${c.id} names a missing organization`);
    const current: SubsidyCase = {
      sellerVerified: seller.verified,
      sellerKind: seller.kind as OrganizationKind,
      sellerRegionCode: seller.regionCode,
      amountFen: toFen(c.amount),
    };
    // only an enterprise can be granted anything, so only its history matters
    const prior = buyer.kind === 'ENTERPRISE' ? await this.earlierThisYear(c) : [];
    const a = assessInYear(
      { verified: buyer.verified, kind: buyer.kind as OrganizationKind, regionCode: buyer.regionCode },
      prior,
      current,
    );
    return { eligible: a.eligible, amount: fromFen(a.amountFen), rule: a.rule };
  }

  private async earlierThisYear(c: SubsidySubject): Promise<SubsidyCase[]> {
    const at = c.registeredAt ?? new Date((await this.db.query(`select clock_timestamp() as now`))[0].now);
    const { startMs, endMs } = chinaYearBounds(chinaCalendarYear(at.getTime()));
    // compared in SQL against the contract's own row, at the database's microsecond precision
    const rows: Array<{
      amount: string;
      sellerVerified: boolean;
      sellerKind: OrganizationKind;
      sellerRegionCode: string;
    }> = await this.db.query(
      `select c.amount, s.verified as "sellerVerified", s.kind as "sellerKind", s.region_code as "sellerRegionCode"
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
    }));
  }
}
