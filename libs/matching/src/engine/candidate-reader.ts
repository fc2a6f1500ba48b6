import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  type AchievementEntity,
  type ExpertEntity,
  MATCHABLE_ACHIEVEMENT_STATUSES,
  MATCHABLE_NEED_STATUSES,
  type NeedEntity,
} from '@techmarket/catalog';
import type { ScoredPair } from '../matches/matches.repository.js';
import type { AchievementProfile, Candidate, ExpertProfile, NeedProfile } from '../scoring/index.js';

type Hit = { id: string; words: string[]; bigrams: string[] };
type Need = NeedEntity & NeedProfile;

/** Reads what a matching run weighs: the subject, and its candidates with the columns the signals need. */
@Injectable()
export class CandidateReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  need(id: string): Promise<Need | null> {
    return this.db.query(`${NEED} where id = $1`, [id]).then((r: Need[]) => r[0] ?? null);
  }

  achievement(id: string): Promise<AchievementEntity | null> {
    return this.db.query(`${ACHIEVEMENT} where id = $1`, [id]).then((r: AchievementEntity[]) => r[0] ?? null);
  }

  expert(id: string): Promise<(ExpertEntity & { status: string }) | null> {
    return this.db
      .query(`${EXPERT} where id = $1`, [id])
      .then((r: Array<ExpertEntity & { status: string }>) => r[0] ?? null);
  }

  async achievementCandidates(hits: Hit[]): Promise<Array<Candidate<AchievementProfile>>> {
    const rows: AchievementEntity[] = await this.db.query(
      `${ACHIEVEMENT} where id = any($1::uuid[]) and status = any($2::achievement_status[])`,
      [hits.map((h) => h.id), MATCHABLE_ACHIEVEMENT_STATUSES],
    );
    return this.join(hits, rows, (a) => a as AchievementProfile);
  }

  async expertCandidates(hits: Hit[]): Promise<Array<Candidate<ExpertProfile>>> {
    const rows: ExpertEntity[] = await this.db.query(`${EXPERT} where id = any($1::uuid[])`, [
      hits.map((h) => h.id),
    ]);
    return this.join(hits, rows, (e) => e as ExpertProfile);
  }

  /** The matchable (open) needs among the hits, as full rows (their text becomes the query of each pair). */
  openNeeds(hits: Hit[]): Promise<Need[]> {
    return this.db.query(
      `${NEED} where id = any($1::uuid[]) and status = any($2::need_status[]) order by id`,
      [hits.map((h) => h.id), MATCHABLE_NEED_STATUSES],
    );
  }

  /** The organizations on both sides of a pair. */
  async parties(pair: ScoredPair): Promise<string[]> {
    const rows: Array<{ org: string | null }> = await this.db.query(
      `select owner_id as org from needs where id = $1
       union all select owner_id from achievements where id = $2
       union all select organization_id from experts where id = $3`,
      [pair.needId, pair.achievementId ?? null, pair.expertId ?? null],
    );
    return [...new Set(rows.map((r) => r.org).filter((o): o is string => !!o))];
  }

  private join<R extends { id: string }, P>(
    hits: Hit[],
    rows: R[],
    profile: (r: R) => P,
  ): Array<Candidate<P>> {
    const byId = new Map(rows.map((r) => [r.id, r]));
    return hits
      .filter((h) => byId.has(h.id))
      .map((h) => ({
        id: h.id,
        terms: { word: h.words, bigram: h.bigrams },
        profile: profile(byId.get(h.id) as R),
      }));
  }
}

const NEED = `select id, owner_id as "ownerId", title, description, keywords, field_codes as "fieldCodes", budget_min as "budgetMin",
  budget_max as "budgetMax", cooperation_modes::text[] as "cooperationModes", min_maturity as "minMaturity", region_code as "regionCode", status from needs`;
const ACHIEVEMENT = `select id, owner_id as "ownerId", title, summary, description, keywords, field_codes as "fieldCodes", maturity,
  transfer_modes::text[] as "transferModes", asking_price as "askingPrice", region_code as "regionCode", status from achievements`;
const EXPERT = `select id, organization_id as "organizationId", name, title, field_codes as "fieldCodes", research_areas as "researchAreas",
  bio, region_code as "regionCode", 'PUBLIC' as status from experts`;
