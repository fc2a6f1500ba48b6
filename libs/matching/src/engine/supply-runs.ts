import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isMatchableAchievement } from '@techmarket/catalog';
import type { ScoredPair } from '../matches/matches.repository.js';
import { MatchesRepository } from '../matches/matches.repository.js';
import {
  achievementQuery,
  achievementTerms,
  type AchievementProfile,
  buildQuery,
  type Candidate,
  type DocTerms,
  type ExpertProfile,
  expertTerms,
  matchAchievements,
  matchExperts,
  probeTerms,
  type Names,
  type TextQuery,
} from '../scoring/index.js';
import { bestPerSubject, bySubjectReached } from './batch-plan.js';
import { CandidateReader } from './candidate-reader.js';
import { ListingIndex } from './listing-index.js';
import { NeedQueries } from './need-queries.js';
import { LIMITS, massTerms, MIN_SCORE, queryTerms, type RunResult, toPair, unionTerms } from './run-parts.js';

type Kind = 'ACHIEVEMENT' | 'EXPERT';
interface Supply {
  id: string;
  terms: DocTerms;
  /** built only for the subjects scored (jieba over a description is a subject's dearest step) */
  query: () => TextQuery;
  candidate: Candidate<AchievementProfile | ExpertProfile>;
}

/**
 * Runs of listed achievements or experts: each is indexed (or taken out), then offered to the open needs
 * its probe reaches, every pair scored from the need's side (the need the query, the listing the document),
 * as the need's own run scores it, so that both directions agree on a pair's score. Many subjects run
 * together score each need once against all of theirs that reach it: its query analysed once (NeedQueries),
 * readied against the statistics once, its row read once; the pairs go in one statement.
 */
@Injectable()
export class SupplyRuns {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly index: ListingIndex,
    private readonly read: CandidateReader,
    private readonly matches: MatchesRepository,
    private readonly queries: NeedQueries,
  ) {}

  /**
   * `needsFollow`: a full re-match, whose open needs all run after these subjects and replace their
   * suggestions: a pair this run would add is then either written again by its need's run with the same
   * score or deleted by it, and announcing it would name a match about to go. So only the pairs already
   * stored with a status the need's run keeps are rescored, and the rest is left to the needs: the same
   * matches in the end, without writing and deleting most of a million pairs at 100k listings. A subject
   * that holds no such pair (nearly all) is indexed and not scored at all; its candidates figure stays.
   */
  async run(kind: Kind, ids: readonly string[], names: Names, needsFollow = false): Promise<RunResult> {
    let subjects = await this.subjects(kind, ids);
    const live = new Set(subjects.map((s) => s.id));
    const gone = ids.filter((id) => !live.has(id));
    // indexed first, in a transaction of its own: the subjects' terms count in the statistics they meet
    await this.db.transaction(async (em) => {
      await this.index.writeMany(em, kind, [
        ...subjects.map((s) => ({ id: s.id, terms: s.terms })),
        ...gone.map((id) => ({ id, terms: null })),
      ]);
      await this.matches.clearSuggested(em, kind, gone);
    });
    const candidates = new Map<string, number | null>(ids.map((id) => [id, 0]));
    if (needsFollow) {
      const held = await this.matches.holdingKept(kind, [...live]);
      for (const s of subjects) if (!held.has(s.id)) candidates.set(s.id, null);
      subjects = subjects.filter((s) => held.has(s.id));
    }
    if (!subjects.length) return { candidates, created: [] };

    const queries = new Map(subjects.map((s) => [s.id, s.query()]));
    const needCorpus = await this.index.corpus('NEED', unionTerms([...queries.values()].map(queryTerms)));
    const reached = await this.index.reached(
      'NEED',
      subjects.map((s) => ({ probe: probeTerms(queries.get(s.id)!, needCorpus), corpus: needCorpus })),
      LIMITS.candidates,
    );
    const needs = await this.read.openNeeds([...new Set(reached.flat())]);
    const open = new Set(needs.map((n) => n.id));
    const reachedOpen = new Map(subjects.map((s, i) => [s.id, reached[i].filter((id) => open.has(id))]));
    for (const [id, list] of reachedOpen) candidates.set(id, list.length);

    // each pair's score reads the df of this listing's own terms (the only query terms it can hold) and of
    // each need's head terms (its head mass), nothing else
    const query = new Map(needs.map((n) => [n.id, this.queries.get(n)]));
    const corpus = await this.index.corpus(
      kind,
      unionTerms([...subjects.map((s) => s.terms), ...[...query.values()].map(massTerms)]),
    );
    const bySubject = new Map(subjects.map((s) => [s.id, s]));
    const reachers = bySubjectReached(reachedOpen);
    const side = kind === 'ACHIEVEMENT' ? 'achievementId' : 'expertId';
    const found = new Map<string, Array<{ needId: string; score: number; pair: ScoredPair }>>(
      subjects.map((s) => [s.id, []]),
    );
    for (const need of needs) {
      const offered = (reachers.get(need.id) ?? []).map((id) => bySubject.get(id)!.candidate);
      const options = { names, query: query.get(need.id)!, limit: Infinity, pool: Infinity };
      const ranked =
        kind === 'ACHIEVEMENT'
          ? matchAchievements(need, offered as Array<Candidate<AchievementProfile>>, corpus, options)
          : matchExperts(need, offered, corpus, options);
      for (const m of ranked)
        found.get(m.id)!.push({ needId: need.id, score: m.score, pair: toPair(need.id, m, side) });
    }
    const kept = [...bestPerSubject(found, MIN_SCORE, LIMITS.needsPerListing).values()]
      .flat()
      .map((k) => k.pair);
    if (needsFollow) {
      await this.db.transaction((em) => this.matches.rescoreKept(em, kept));
      return { candidates, created: [] };
    }
    const created = await this.db.transaction((em) => this.matches.upsert(em, kept));
    return { candidates, created };
  }

  /** The matchable subjects among these ids, with their index terms, query and candidate profile. */
  private async subjects(kind: Kind, ids: readonly string[]): Promise<Supply[]> {
    if (kind === 'ACHIEVEMENT')
      return (await this.read.achievements(ids))
        .filter((a) => isMatchableAchievement(a.status))
        .map((a) => {
          const terms = achievementTerms(a);
          return {
            id: a.id,
            terms,
            query: () => achievementQuery(a),
            candidate: { id: a.id, terms, profile: a },
          };
        });
    return (await this.read.experts(ids)).map((e) => {
      const terms = expertTerms(e);
      const query = () =>
        buildQuery({ title: e.researchAreas.join(' '), keywords: e.researchAreas, body: [e.bio] });
      return { id: e.id, terms, query, candidate: { id: e.id, terms, profile: e } };
    });
  }
}
