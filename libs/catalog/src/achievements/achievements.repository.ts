import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { indexTokens, type MarketScope, MAX_PAGE_SIZE } from '@techmarket/shared';
import { AchievementStatus, Maturity, TransferMode } from '../common/catalog.enums.js';
import { moveStatus } from '../common/status-transition.js';
import { requestMatching } from '../matching-state/matching-requests.js';
import { CatalogSearch, fieldAndRegion, writeSearchVector } from '../common/catalog-search.js';
import { listScope } from '../common/list-viewer.js';
import { marketConditions } from '../common/market-narrowing.js';
import { AchievementTeamEntity } from './achievement-team.entity.js';
import { AchievementEntity, PatentEntity } from './achievement.entity.js';

export type AchievementFields = Omit<
  AchievementEntity,
  | 'id'
  | 'createdAt'
  | 'updatedAt'
  | 'listedAt'
  | 'searchVector'
  | 'patents'
  | 'owner'
  | 'reviewComment'
  | 'status'
>;
export type PatentFields = Pick<PatentEntity, 'number' | 'title' | 'kind'>;

export interface AchievementQuery {
  tokens: string[];
  statuses: AchievementStatus[];
  /** null: every organization's; otherwise public statuses, or anything of this organization */
  viewerOrganizationId: string | null | 'ANONYMOUS';
  viewerScopes?: readonly MarketScope[];
  fieldPrefix?: string | null;
  regionPrefix?: string | null;
  /** an industry market's field codes; `nothing`: a market that the region filter does not meet */
  marketFields?: readonly string[] | null;
  nothing?: boolean;
  maturity?: Maturity[] | null;
  transferModes?: TransferMode[] | null;
  priceMax?: string | null;
  ownerId?: string | null;
  publicStatuses: readonly AchievementStatus[];
}

export interface AchievementRow extends AchievementEntity {
  rank: string | null;
}

const COLUMNS = `t.id, t.owner_id as "ownerId", t.title, t.summary, t.description, t.keywords, t.field_codes as "fieldCodes",
  t.maturity, t.transfer_modes::text[] as "transferModes", t.asking_price as "askingPrice", t.region_code as "regionCode", t.status,
  t.review_comment as "reviewComment", t.created_at as "createdAt", t.updated_at as "updatedAt", t.listed_at as "listedAt"`;

const STATUS = {
  table: 'achievements',
  statusType: 'achievement_status',
  publishedAt: 'listed_at',
  publishedStatus: AchievementStatus.LISTED,
};

@Injectable()
export class AchievementsRepository {
  private readonly catalog: CatalogSearch<AchievementRow>;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.catalog = new CatalogSearch(db, {
      table: 'achievements',
      columns: COLUMNS,
      statusType: 'achievement_status',
      ownerColumn: 'owner_id',
      facets: { maturity: 'maturity', transferModes: 'transfer_modes' },
      provinceIndex: true,
      publicFacets: 'achievement_public_facets',
      head: { title: 'title', keywords: 'keywords' },
    });
  }

  findById(id: string): Promise<AchievementEntity | null> {
    return this.db.getRepository(AchievementEntity).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<AchievementEntity[]> {
    return this.db.getRepository(AchievementEntity).findBy({ id: In([...ids]) });
  }

  /**
   * Achievements by the experts on their teams, newest first, at most a page (100) per expert of those
   * the viewer may see (null: an operator, every one; otherwise public statuses or the viewer's own).
   */
  byExperts(
    expertIds: readonly string[],
    viewer: string | null | 'ANONYMOUS',
    publicStatuses: readonly AchievementStatus[],
  ): Promise<Array<AchievementEntity & { expertId: string }>> {
    return this.db.query(
      `select * from (select ${COLUMNS}, m.expert_id as "expertId",
         row_number() over (partition by m.expert_id order by t.created_at desc, t.id) as n
         from achievement_team m join achievements t on t.id = m.achievement_id
         where m.expert_id = any($1::uuid[])
           and ($2::uuid is null and not $3 or t.status = any($4::achievement_status[]) or t.owner_id = $2::uuid)) x
       where n <= ${MAX_PAGE_SIZE} order by "createdAt" desc, id`,
      [expertIds, viewer === 'ANONYMOUS' ? null : viewer, viewer === 'ANONYMOUS', [...publicStatuses]],
    );
  }

  patentsOf(ids: readonly string[]): Promise<PatentEntity[]> {
    return this.db
      .getRepository(PatentEntity)
      .find({ where: { achievementId: In([...ids]) }, order: { position: 'ASC' } });
  }

  /** Writes the achievement, its patents, its team and its search vector in one transaction. */
  /**
   * Inserts (`edit` null) or edits an achievement; an edit applies only while the status is still the
   * one it was decided from (a listing or an award racing it wins): null when it no longer is.
   */
  async save(
    edit: { id: string; from: AchievementStatus } | null,
    fields: AchievementFields & { status: AchievementStatus },
    patents: PatentFields[],
    team: string[],
  ): Promise<AchievementEntity | null> {
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(AchievementEntity);
      if (edit && !(await repo.update({ id: edit.id, status: edit.from }, fields)).affected) return null;
      const saved = edit ? edit.id : ((await repo.insert(fields)).identifiers[0].id as string);
      await em.getRepository(PatentEntity).delete({ achievementId: saved });
      if (patents.length) {
        await em
          .getRepository(PatentEntity)
          .insert(patents.map((p, position) => ({ ...p, achievementId: saved, position })));
      }
      await em.getRepository(AchievementTeamEntity).delete({ achievementId: saved });
      if (team.length) {
        await em
          .getRepository(AchievementTeamEntity)
          .insert(team.map((expertId, position) => ({ achievementId: saved, expertId, position })));
      }
      await this.writeSearchVector(em, saved, fields);
      await requestMatching(em, 'ACHIEVEMENT', saved);
      return (await repo.findOneBy({ id: saved })) as AchievementEntity;
    });
  }

  /** Moves the status only if it is still `from`: two reviewers racing do not both win. */
  async transition(
    id: string,
    from: AchievementStatus,
    to: AchievementStatus,
    comment?: string | null,
  ): Promise<AchievementEntity | null> {
    const moved = await this.db.transaction(
      async (em) =>
        (await moveStatus(em, STATUS, id, from, to, comment)) &&
        (await requestMatching(em, 'ACHIEVEMENT', id), true),
    );
    return moved ? this.findById(id) : null;
  }

  private writeSearchVector(
    em: EntityManager,
    id: string,
    f: Pick<AchievementEntity, 'title' | 'keywords' | 'summary' | 'description'>,
  ) {
    return writeSearchVector(em, 'achievements', id, {
      A: indexTokens(f.title),
      B: f.keywords.flatMap((k) => indexTokens(k)),
      C: indexTokens(`${f.summary}\n${f.description ?? ''}`),
    });
  }

  /** Catalogue search: the query's filters as conditions over `t`. */
  search(
    q: AchievementQuery,
    first: number,
    after: string | null | undefined,
    regionDigits: 2 | 4,
    wanted = { facets: true },
  ) {
    const scope = listScope({
      statuses: q.statuses,
      allStatuses: Object.values(AchievementStatus),
      publicStatuses: q.publicStatuses,
      viewer: q.viewerOrganizationId,
      ownerId: q.ownerId,
    });
    return this.catalog.connection(
      {
        tokens: q.tokens,
        statuses: scope.statuses,
        publicStatuses: q.publicStatuses,
        viewer: scope.viewer,
        viewerScopes: q.viewerScopes,
        regionPrefix: q.regionPrefix,
        filters: (p) => {
          const out = [...fieldAndRegion(p, q.fieldPrefix), ...marketConditions(p, q)];
          if (q.maturity?.length) out.push(`t.maturity = any(${p.add(q.maturity)}::maturity[])`);
          if (q.transferModes?.length)
            out.push(`t.transfer_modes && ${p.add(q.transferModes)}::transfer_mode[]`);
          if (q.priceMax) out.push(`t.asking_price <= ${p.add(q.priceMax)}::numeric`);
          if (q.ownerId) out.push(`t.owner_id = ${p.add(q.ownerId)}`);
          return out;
        },
      },
      first,
      after,
      regionDigits,
      wanted,
    );
  }
}
