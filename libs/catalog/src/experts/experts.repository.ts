import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { indexTokens } from '@techmarket/shared';
import {
  CatalogSearch,
  fieldAndRegion,
  type SearchRow,
  writeSearchVector,
} from '../common/catalog-search.js';
import { marketConditions } from '../common/market-narrowing.js';
import { requestMatching } from '../matching-state/matching-requests.js';
import { ExpertEntity } from './expert.entity.js';

export type ExpertFields = Pick<
  ExpertEntity,
  'organizationId' | 'name' | 'title' | 'fieldCodes' | 'researchAreas' | 'bio' | 'regionCode'
>;

export interface ExpertQuery {
  tokens: string[];
  fieldPrefix: string | null;
  regionPrefix: string | null;
  /** an industry market's field codes; `nothing`: a market that the region filter does not meet */
  marketFields?: readonly string[] | null;
  nothing?: boolean;
  organizationId: string | null;
}

const COLUMNS = `t.id, t.organization_id as "organizationId", t.name, t.title, t.field_codes as "fieldCodes",
  t.research_areas as "researchAreas", t.bio, t.region_code as "regionCode", t.created_at as "createdAt", t.updated_at as "updatedAt"`;

@Injectable()
export class ExpertsRepository {
  private readonly catalog: CatalogSearch<ExpertEntity & SearchRow>;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.catalog = new CatalogSearch(db, { table: 'experts', columns: COLUMNS, facets: {} });
  }

  findById(id: string): Promise<ExpertEntity | null> {
    return this.db.getRepository(ExpertEntity).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<ExpertEntity[]> {
    return this.db.getRepository(ExpertEntity).findBy({ id: In([...ids]) });
  }

  /** The team of each achievement, in order. */
  teamsOf(achievementIds: readonly string[]): Promise<Array<ExpertEntity & { achievementId: string }>> {
    return this.db.query(
      `select ${COLUMNS}, m.achievement_id as "achievementId" from achievement_team m join experts t on t.id = m.expert_id
       where m.achievement_id = any($1::uuid[]) order by m.achievement_id, m.position`,
      [achievementIds],
    );
  }

  /** Writes the expert and its search vector (name A, research areas B, title and bio C) in one transaction. */
  save(id: string | null, fields: ExpertFields): Promise<ExpertEntity> {
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(ExpertEntity);
      const saved = id
        ? (await repo.update({ id }, fields), id)
        : ((await repo.insert(fields)).identifiers[0].id as string);
      await writeSearchVector(em, 'experts', saved, {
        A: indexTokens(fields.name),
        B: fields.researchAreas.flatMap((a) => indexTokens(a)),
        C: indexTokens(`${fields.title ?? ''}\n${fields.bio}`),
      });
      await requestMatching(em, 'EXPERT', saved);
      return (await repo.findOneBy({ id: saved })) as ExpertEntity;
    });
  }

  search(q: ExpertQuery, first: number, after: string | null | undefined, regionDigits: 2 | 4) {
    return this.catalog.connection(
      {
        tokens: q.tokens,
        filters: (p) => {
          const out = [...fieldAndRegion(p, q.fieldPrefix, q.regionPrefix), ...marketConditions(p, q)];
          if (q.organizationId) out.push(`t.organization_id = ${p.add(q.organizationId)}`);
          return out;
        },
      },
      first,
      after,
      regionDigits,
    );
  }
}
