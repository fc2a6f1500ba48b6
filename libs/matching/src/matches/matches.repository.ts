import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { catalogVisibleSql } from '@techmarket/catalog';
import type { DismissReason, MatchStatus } from './match.enums.js';
import { MatchEntity, type StoredReason } from './match.entity.js';

/** One side of a pairing, scored: the need and either an achievement or an expert. */
export interface ScoredPair {
  needId: string;
  achievementId?: string;
  expertId?: string;
  score: number;
  reasons: StoredReason[];
}

/**
 * A need's matches of one target, or an achievement's matches among the needs its viewer may see
 * (`needViewer`: null for every need, else the organization whose own needs it sees beside `publicNeedStatuses`).
 */
export type MatchScope =
  | { needId: string; target: 'ACHIEVEMENT' | 'EXPERT' }
  | { achievementId: string; needViewer: string | null; publicNeedStatuses: readonly string[] };

const scopeSql = (s: MatchScope) =>
  'needId' in s
    ? { where: 'need_id = $1 and target = $2::match_target', params: [s.needId, s.target] as unknown[] }
    : {
        where: `achievement_id = $1 and ${catalogVisibleSql('NEED', 'need_id', '$2', '$3')}`,
        params: [
          s.achievementId,
          s.needViewer,
          s.needViewer === null ? [] : s.publicNeedStatuses,
        ] as unknown[],
      };

@Injectable()
export class MatchesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findById(id: string): Promise<MatchEntity | null> {
    return this.db.getRepository(MatchEntity).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<MatchEntity[]> {
    return this.db.getRepository(MatchEntity).findBy({ id: In([...ids]) });
  }

  /** Best first; the keyset is (score, id). */
  async page(scope: MatchScope, after: { score: number; id: string } | null, limit: number) {
    const { where, params } = scopeSql(scope);
    const p = [...params];
    let keyset = '';
    if (after) {
      p.push(after.score, after.id);
      keyset = `and (score, id) < ($${p.length - 1}::double precision, $${p.length}::uuid)`;
    }
    p.push(limit);
    const ids: Array<{ id: string }> = await this.db.query(
      `select id from matches where ${where} ${keyset} order by score desc, id desc limit $${p.length}`,
      p,
    );
    const rows = await this.findByIds(ids.map((r) => r.id));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((r) => byId.get(r.id)).filter((r): r is MatchEntity => !!r);
  }

  async count(scope: MatchScope): Promise<number> {
    const { where, params } = scopeSql(scope);
    const [row] = await this.db.query(`select count(*)::int as n from matches where ${where}`, params);
    return row.n;
  }

  /** Moves a match's status only if it is still `from`. */
  async mark(
    id: string,
    from: MatchStatus,
    to: MatchStatus,
    reason: DismissReason | null,
  ): Promise<MatchEntity | null> {
    const [rows]: [unknown[], number] = await this.db.query(
      `update matches set status = $3::match_status, dismiss_reason = $4::dismiss_reason, updated_at = now()
       where id = $1 and status = $2::match_status returning id`,
      [id, from, to, reason],
    );
    return rows.length ? this.findById(id) : null;
  }

  /** Dismissal reasons given for these achievements, counted. */
  feedback(
    achievementIds: readonly string[],
  ): Promise<Array<{ achievementId: string; value: string; count: number }>> {
    return this.db.query(
      `select achievement_id as "achievementId", dismiss_reason::text as value, count(*)::int as count from matches
       where achievement_id = any($1::uuid[]) and status = 'DISMISSED' group by 1, 2 order by 1, 3 desc, 2`,
      [achievementIds],
    );
  }

  /**
   * Inserts new pairs and rescores known ones (their status kept: a dismissal stays a dismissal); returns
   * the new. One statement per target, not one per pair, in key order (so two runs lock rows in the same
   * order); a pair given twice counts once, at its best score.
   */
  async upsert(em: EntityManager, pairs: ScoredPair[]): Promise<Array<{ id: string; pair: ScoredPair }>> {
    const created: Array<{ id: string; pair: ScoredPair }> = [];
    for (const side of ['achievementId', 'expertId'] as const) {
      const best = new Map<string, ScoredPair>();
      for (const p of pairs) {
        const other = side === 'expertId' ? p.expertId : p.expertId ? undefined : p.achievementId;
        const key = other && `${p.needId}/${other}`;
        if (key && (best.get(key)?.score ?? -1) < p.score) best.set(key, p);
      }
      if (!best.size) continue;
      const batch = [...best].sort(([x], [y]) => (x < y ? -1 : 1));
      const column = side === 'expertId' ? 'expert_id' : 'achievement_id';
      const rows: Array<{ id: string; key: string; inserted: boolean }> = await em.query(
        `insert into matches (need_id, target, achievement_id, expert_id, score, reasons)
         select x.need_id, x.target, x.achievement_id, x.expert_id, x.score, x.reasons
         from jsonb_to_recordset($1::jsonb) as x(need_id uuid, target match_target, achievement_id uuid, expert_id uuid,
           score double precision, reasons jsonb)
         on conflict (need_id, ${column}) do update set score = excluded.score, reasons = excluded.reasons, updated_at = now()
         returning id, need_id || '/' || ${column} as key, (xmax = 0) as inserted`,
        [
          JSON.stringify(
            batch.map(([, p]) => ({
              need_id: p.needId,
              target: side === 'expertId' ? 'EXPERT' : 'ACHIEVEMENT',
              achievement_id: p.achievementId ?? null,
              expert_id: p.expertId ?? null,
              score: p.score,
              reasons: p.reasons,
            })),
          ),
        ],
      );
      for (const row of rows) if (row.inserted) created.push({ id: row.id, pair: best.get(row.key)! });
    }
    return created;
  }

  /** A need's run: its pairs of one target upserted, its suggestions no longer found removed. */
  async replace(
    em: EntityManager,
    scope: { needId: string; target: 'ACHIEVEMENT' | 'EXPERT' },
    pairs: ScoredPair[],
  ): Promise<Array<{ id: string; pair: ScoredPair }>> {
    const created = await this.upsert(em, pairs);
    const column = scope.target === 'EXPERT' ? 'expert_id' : 'achievement_id';
    await em.query(
      `delete from matches where need_id = $1 and target = $2::match_target and status = 'SUGGESTED'
         and not (${column} = any($3::uuid[]))`,
      [scope.needId, scope.target, pairs.map((p) => p.expertId ?? p.achievementId)],
    );
    return created;
  }

  /** Suggestions of a need, achievement or expert that is no longer matchable, removed (the rest kept as history). */
  async clearSuggested(
    em: EntityManager,
    of: { needId: string } | { achievementId: string } | { expertId: string },
  ) {
    const [column, id] =
      'needId' in of
        ? ['need_id', of.needId]
        : 'achievementId' in of
          ? ['achievement_id', of.achievementId]
          : ['expert_id', of.expertId];
    await em.query(`delete from matches where ${column} = $1 and status = 'SUGGESTED'`, [id]);
  }
}
