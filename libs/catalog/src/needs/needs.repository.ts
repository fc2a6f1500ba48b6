import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { indexTokens, type MarketScope } from '@techmarket/shared';
import {
  CatalogSearch,
  fieldAndRegion,
  type SearchRow,
  writeSearchVector,
} from '../common/catalog-search.js';
import { NeedStatus, type TransferMode } from '../common/catalog.enums.js';
import { listScope } from '../common/list-viewer.js';
import { marketConditions } from '../common/market-narrowing.js';
import { moveStatus } from '../common/status-transition.js';
import { requestMatching } from '../matching-state/matching-requests.js';
import { NeedEntity } from './need.entity.js';

export type NeedFields = Omit<
  NeedEntity,
  'id' | 'createdAt' | 'updatedAt' | 'openedAt' | 'searchVector' | 'owner' | 'reviewComment'
>;

export interface NeedQuery {
  tokens: string[];
  statuses: NeedStatus[];
  publicStatuses: readonly NeedStatus[];
  viewer: string | null | 'ANONYMOUS';
  viewerScopes?: readonly MarketScope[];
  fieldPrefix: string | null;
  regionPrefix: string | null;
  /** an industry market's field codes; `nothing`: a market that the region filter does not meet */
  marketFields?: readonly string[] | null;
  nothing?: boolean;
  cooperationModes?: TransferMode[] | null;
  budgetAtLeast: string | null;
  challengesOnly: boolean;
  ownerId: string | null;
}

const COLUMNS = `t.id, t.owner_id as "ownerId", t.title, t.description, t.keywords, t.field_codes as "fieldCodes",
  t.budget_min as "budgetMin", t.budget_max as "budgetMax", t.cooperation_modes::text[] as "cooperationModes",
  t.min_maturity as "minMaturity", t.deadline, t.region_code as "regionCode", t.status, t.review_comment as "reviewComment",
  t.challenge_reward as "challengeReward", t.challenge_deadline as "challengeDeadline",
  t.created_at as "createdAt", t.updated_at as "updatedAt", t.opened_at as "openedAt"`;

const STATUS = {
  table: 'needs',
  statusType: 'need_status',
  publishedAt: 'opened_at',
  publishedStatus: NeedStatus.OPEN,
};

@Injectable()
export class NeedsRepository {
  private readonly catalog: CatalogSearch<NeedEntity & SearchRow>;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.catalog = new CatalogSearch(db, {
      table: 'needs',
      columns: COLUMNS,
      statusType: 'need_status',
      ownerColumn: 'owner_id',
      facets: { maturity: 'min_maturity', transferModes: 'cooperation_modes' },
    });
  }

  findById(id: string): Promise<NeedEntity | null> {
    return this.db.getRepository(NeedEntity).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<NeedEntity[]> {
    return this.db.getRepository(NeedEntity).findBy({ id: In([...ids]) });
  }

  /** Writes the need and its search vector (title A, keywords B, description C) in one transaction. */
  /** Inserts (`edit` null) or edits a need, the edit only while its status is still `from` (else null). */
  save(edit: { id: string; from: NeedStatus } | null, fields: NeedFields): Promise<NeedEntity | null> {
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(NeedEntity);
      if (edit && !(await repo.update({ id: edit.id, status: edit.from }, fields)).affected) return null;
      const saved = edit ? edit.id : ((await repo.insert(fields)).identifiers[0].id as string);
      await writeSearchVector(em, 'needs', saved, {
        A: indexTokens(fields.title),
        B: fields.keywords.flatMap((k) => indexTokens(k)),
        C: indexTokens(fields.description),
      });
      await requestMatching(em, 'NEED', saved);
      return (await repo.findOneBy({ id: saved })) as NeedEntity;
    });
  }

  async transition(
    id: string,
    from: NeedStatus,
    to: NeedStatus,
    comment?: string | null,
  ): Promise<NeedEntity | null> {
    const moved = await this.db.transaction(
      async (em) =>
        (await moveStatus(em, STATUS, id, from, to, comment)) &&
        (await requestMatching(em, 'NEED', id), true),
    );
    return moved ? this.findById(id) : null;
  }

  search(q: NeedQuery, first: number, after: string | null | undefined, regionDigits: 2 | 4) {
    const scope = listScope({
      statuses: q.statuses,
      allStatuses: Object.values(NeedStatus),
      publicStatuses: q.publicStatuses,
      viewer: q.viewer,
      ownerId: q.ownerId,
    });
    return this.catalog.connection(
      {
        tokens: q.tokens,
        statuses: scope.statuses,
        publicStatuses: q.publicStatuses,
        viewer: scope.viewer,
        viewerScopes: q.viewerScopes,
        filters: (p) => {
          const out = [...fieldAndRegion(p, q.fieldPrefix, q.regionPrefix), ...marketConditions(p, q)];
          if (q.cooperationModes?.length)
            out.push(`t.cooperation_modes && ${p.add(q.cooperationModes)}::transfer_mode[]`);
          if (q.budgetAtLeast)
            out.push(`coalesce(t.budget_max, t.budget_min) >= ${p.add(q.budgetAtLeast)}::numeric`);
          if (q.challengesOnly) out.push('t.challenge_reward is not null');
          if (q.ownerId) out.push(`t.owner_id = ${p.add(q.ownerId)}`);
          return out;
        },
      },
      first,
      after,
      regionDigits,
    );
  }
}
