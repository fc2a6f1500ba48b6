import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { indexTokens } from '@techmarket/shared';
import { AchievementStatus, Maturity, TransferMode } from '../common/catalog.enums.js';
import type { Facets } from '../common/facets.model.js';
import { SqlParams, tsText } from '../common/sql.js';
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
  fieldPrefix?: string | null;
  regionPrefix?: string | null;
  maturity?: Maturity[] | null;
  transferModes?: TransferMode[] | null;
  priceMax?: string | null;
  ownerId?: string | null;
  publicStatuses: readonly AchievementStatus[];
}

export interface AchievementRow extends AchievementEntity {
  rank: string | null;
}

const COLUMNS = `a.id, a.owner_id as "ownerId", a.title, a.summary, a.description, a.keywords, a.field_codes as "fieldCodes",
  a.maturity, a.transfer_modes as "transferModes", a.asking_price as "askingPrice", a.region_code as "regionCode", a.status,
  a.review_comment as "reviewComment", a.created_at as "createdAt", a.updated_at as "updatedAt", a.listed_at as "listedAt"`;

@Injectable()
export class AchievementsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findById(id: string): Promise<AchievementEntity | null> {
    return this.db.getRepository(AchievementEntity).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<AchievementEntity[]> {
    return this.db.getRepository(AchievementEntity).findBy({ id: In([...ids]) });
  }

  patentsOf(ids: readonly string[]): Promise<PatentEntity[]> {
    return this.db
      .getRepository(PatentEntity)
      .find({ where: { achievementId: In([...ids]) }, order: { position: 'ASC' } });
  }

  /** Writes the achievement, its patents and its search vector in one transaction. */
  async save(
    id: string | null,
    fields: AchievementFields & { status: AchievementStatus },
    patents: PatentFields[],
  ): Promise<AchievementEntity> {
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(AchievementEntity);
      const saved = id
        ? (await repo.update({ id }, fields), id)
        : ((await repo.insert(fields)).identifiers[0].id as string);
      await em.getRepository(PatentEntity).delete({ achievementId: saved });
      if (patents.length) {
        await em
          .getRepository(PatentEntity)
          .insert(patents.map((p, position) => ({ ...p, achievementId: saved, position })));
      }
      await this.writeSearchVector(em, saved, fields);
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
    // TypeORM answers an UPDATE with [rows, rowCount]
    const [rows]: [unknown[], number] = await this.db.query(
      `update achievements set status = $3::achievement_status, review_comment = coalesce($4, review_comment), updated_at = now(),
         listed_at = case when $3::achievement_status = 'LISTED' then now() else listed_at end
       where id = $1 and status = $2::achievement_status returning id`,
      [id, from, to, comment ?? null],
    );
    return rows.length ? this.findById(id) : null;
  }

  private async writeSearchVector(
    em: EntityManager,
    id: string,
    f: Pick<AchievementEntity, 'title' | 'keywords' | 'summary' | 'description'>,
  ) {
    await em.query(
      `update achievements set search_vector =
         setweight(to_tsvector('simple', $2), 'A') || setweight(to_tsvector('simple', $3), 'B') || setweight(to_tsvector('simple', $4), 'C')
       where id = $1`,
      [
        id,
        tsText(indexTokens(f.title)),
        tsText(f.keywords.flatMap((k) => indexTokens(k))),
        tsText(indexTokens(`${f.summary}\n${f.description ?? ''}`)),
      ],
    );
  }

  /** The WHERE clause of a catalogue query; the query text itself must match as every word. */
  private where(q: AchievementQuery, p: SqlParams): string {
    const clauses = [`a.status = any(${p.add(q.statuses)}::achievement_status[])`];
    if (q.viewerOrganizationId !== null) {
      const visible = `a.status = any(${p.add(q.publicStatuses)}::achievement_status[])`;
      clauses.push(
        q.viewerOrganizationId === 'ANONYMOUS'
          ? visible
          : `(${visible} or a.owner_id = ${p.add(q.viewerOrganizationId)})`,
      );
    }
    if (q.tokens.length)
      clauses.push(`a.search_vector @@ plainto_tsquery('simple', ${p.add(tsText(q.tokens))})`);
    if (q.fieldPrefix) {
      clauses.push(
        `exists (select 1 from unnest(a.field_codes) f where f like ${p.add(`${q.fieldPrefix}%`)})`,
      );
    }
    if (q.regionPrefix) clauses.push(`a.region_code like ${p.add(`${q.regionPrefix}%`)}`);
    if (q.maturity?.length) clauses.push(`a.maturity = any(${p.add(q.maturity)}::maturity[])`);
    if (q.transferModes?.length)
      clauses.push(`a.transfer_modes && ${p.add(q.transferModes)}::transfer_mode[]`);
    if (q.priceMax) clauses.push(`a.asking_price <= ${p.add(q.priceMax)}::numeric`);
    if (q.ownerId) clauses.push(`a.owner_id = ${p.add(q.ownerId)}`);
    return clauses.join(' and ');
  }

  /** One page in relevance order (ties by recency), or by recency alone without a query. */
  async page(
    q: AchievementQuery,
    after: { rank: string | null; createdAt: string; id: string } | null,
    limit: number,
  ): Promise<AchievementRow[]> {
    const p = new SqlParams();
    const where = this.where(q, p);
    const rank = q.tokens.length
      ? `round(ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', a.search_vector, plainto_tsquery('simple', ${p.add(tsText(q.tokens))}))::numeric, 6)`
      : 'null::numeric';
    let keyset = '';
    if (after) {
      keyset = q.tokens.length
        ? `and (${rank}, a.created_at, a.id) < (${p.add(after.rank)}::numeric, ${p.add(after.createdAt)}::timestamptz, ${p.add(after.id)}::uuid)`
        : `and (a.created_at, a.id) < (${p.add(after.createdAt)}::timestamptz, ${p.add(after.id)}::uuid)`;
    }
    const order = q.tokens.length
      ? 'rank desc, a.created_at desc, a.id desc'
      : 'a.created_at desc, a.id desc';
    return this.db.query(
      `select ${COLUMNS}, ${rank} as rank from achievements a where ${where} ${keyset} order by ${order} limit ${p.add(limit)}`,
      p.values,
    );
  }

  async count(q: AchievementQuery): Promise<number> {
    const p = new SqlParams();
    const [row] = await this.db.query(
      `select count(*)::int as n from achievements a where ${this.where(q, p)}`,
      p.values,
    );
    return row.n;
  }

  /** Counts by field (each code and its parent), region, maturity and transfer mode over the filtered set. */
  async facets(q: AchievementQuery, regionLevelDigits: 2 | 4): Promise<Facets> {
    const p = new SqlParams();
    const filtered = `select a.* from achievements a where ${this.where(q, p)}`;
    const regionKey =
      regionLevelDigits === 2 ? `left(t.region_code, 2) || '0000'` : `left(t.region_code, 4) || '00'`;
    const rows: Array<{ facet: keyof Facets; value: string; count: number }> = await this.db.query(
      `with t as (${filtered})
       select 'fields' as facet, v as value, count(distinct t.id)::int as count
         from t cross join lateral (select unnest(t.field_codes) union select left(unnest(t.field_codes), 2)) u(v) group by v
       union all select 'regions', ${regionKey}, count(*)::int from t group by 2
       union all select 'maturity', t.maturity::text, count(*)::int from t group by 2
       union all select 'transferModes', m::text, count(*)::int from t cross join unnest(t.transfer_modes) m group by 2
       order by 1, 3 desc, 2`,
      p.values,
    );
    const facets: Facets = { fields: [], regions: [], maturity: [], transferModes: [] };
    for (const r of rows) facets[r.facet].push({ value: r.value, count: r.count });
    return facets;
  }
}
