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
import type { AchievementProfile, Candidate, ExpertProfile, NeedProfile, TextDoc } from '../scoring/index.js';

type Need = NeedEntity & NeedProfile;
type Expert = ExpertEntity & { status: string };

/** Reads what matching runs weigh: the subjects, and their candidates with the columns the signals need. */
@Injectable()
export class CandidateReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Needs by id, whatever their status (a run takes a need that is no longer open out). */
  needs(ids: readonly string[]): Promise<Need[]> {
    return this.db.query(`${NEED} where id = any($1::uuid[])`, [ids]);
  }

  achievements(ids: readonly string[]): Promise<AchievementEntity[]> {
    return this.db.query(`${ACHIEVEMENT} where id = any($1::uuid[])`, [ids]);
  }

  experts(ids: readonly string[]): Promise<Expert[]> {
    return this.db.query(`${EXPERT} where id = any($1::uuid[])`, [ids]);
  }

  /** The matchable achievements among the docs, with their profiles, in the docs' order. */
  async achievementCandidates(docs: readonly TextDoc[]): Promise<Array<Candidate<AchievementProfile>>> {
    const rows: AchievementEntity[] = await this.db.query(
      `${ACHIEVEMENT} where id = any($1::uuid[]) and status = any($2::achievement_status[])`,
      [docs.map((d) => d.id), MATCHABLE_ACHIEVEMENT_STATUSES],
    );
    return join(docs, rows, (a) => a as AchievementProfile);
  }

  async expertCandidates(docs: readonly TextDoc[]): Promise<Array<Candidate<ExpertProfile>>> {
    const rows: ExpertEntity[] = await this.db.query(`${EXPERT} where id = any($1::uuid[])`, [
      docs.map((d) => d.id),
    ]);
    return join(docs, rows, (e) => e as ExpertProfile);
  }

  /** The matchable (open) needs among these ids, as full rows (their text becomes the query of each pair). */
  openNeeds(ids: readonly string[]): Promise<Need[]> {
    return this.db.query(
      `${NEED} where id = any($1::uuid[]) and status = any($2::need_status[]) order by id`,
      [ids, MATCHABLE_NEED_STATUSES],
    );
  }

  /** The organizations on both sides of each pair, by the pair's index. */
  async parties(pairs: readonly ScoredPair[]): Promise<string[][]> {
    const owners = async (sql: string, ids: Array<string | undefined>) => {
      const wanted = [...new Set(ids.filter((i): i is string => !!i))];
      const rows: Array<{ id: string; org: string | null }> = wanted.length
        ? await this.db.query(sql, [wanted])
        : [];
      return new Map(rows.map((r) => [r.id, r.org]));
    };
    const [needs, achievements, experts] = await Promise.all([
      owners(
        `select id, owner_id as org from needs where id = any($1::uuid[])`,
        pairs.map((p) => p.needId),
      ),
      owners(
        `select id, owner_id as org from achievements where id = any($1::uuid[])`,
        pairs.map((p) => p.achievementId),
      ),
      owners(
        `select id, organization_id as org from experts where id = any($1::uuid[])`,
        pairs.map((p) => p.expertId),
      ),
    ]);
    return pairs.map((p) => [
      ...new Set(
        [
          needs.get(p.needId),
          p.achievementId && achievements.get(p.achievementId),
          p.expertId && experts.get(p.expertId),
        ].filter((o): o is string => !!o),
      ),
    ]);
  }
}

function join<R extends { id: string }, P>(
  docs: readonly TextDoc[],
  rows: R[],
  profile: (r: R) => P,
): Array<Candidate<P>> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return docs
    .filter((d) => byId.has(d.id))
    .map((d) => ({ id: d.id, terms: d.terms, profile: profile(byId.get(d.id) as R) }));
}

const NEED = `select id, owner_id as "ownerId", title, description, keywords, field_codes as "fieldCodes", budget_min as "budgetMin",
  budget_max as "budgetMax", cooperation_modes::text[] as "cooperationModes", min_maturity as "minMaturity", region_code as "regionCode", status from needs`;
const ACHIEVEMENT = `select id, owner_id as "ownerId", title, summary, description, keywords, field_codes as "fieldCodes", maturity,
  transfer_modes::text[] as "transferModes", asking_price as "askingPrice", region_code as "regionCode", status from achievements`;
const EXPERT = `select id, organization_id as "organizationId", name, title, field_codes as "fieldCodes", research_areas as "researchAreas",
  bio, region_code as "regionCode", 'PUBLIC' as status from experts`;
