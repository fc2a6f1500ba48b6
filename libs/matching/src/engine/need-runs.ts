import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isMatchableNeed } from '@techmarket/catalog';
import { MatchesRepository, type ScoredPair } from '../matches/matches.repository.js';
import {
  type Corpus,
  matchAchievements,
  matchExperts,
  type Names,
  needTerms,
  probeTerms,
  rankText,
  RESCORED_POOL,
  type TextDoc,
  type TextQuery,
} from '../scoring/index.js';
import { CandidateReader } from './candidate-reader.js';
import { ListingIndex } from './listing-index.js';
import type { ListingKind } from './listing-terms.entity.js';
import { NeedQueries } from './need-queries.js';
import { LIMITS, MIN_SCORE, queryTerms, type RunResult, toPair, unionTerms } from './run-parts.js';

/**
 * The docs that matchAchievements / matchExperts rescore with the business signals, the best
 * RESCORED_POOL by text alone (the same text scores, so the same choice): only their rows are read,
 * not the thousands a need's probe reaches in a large catalogue.
 */
const bestByText = (
  query: TextQuery,
  docs: TextDoc[],
  corpus: Corpus,
  byId: ReadonlyMap<string, TextDoc>,
): TextDoc[] => rankText(query, docs, corpus, { limit: RESCORED_POOL }).map((t) => byId.get(t.id) as TextDoc);

/**
 * Needs' runs: each open need gets its best achievements and experts (its suggestions replaced), a need
 * no longer open is taken out. Many needs run together share their reads: the statistics of all their
 * terms, one lookup statement per kind, each candidate's terms and row read once, one transaction.
 */
@Injectable()
export class NeedRuns {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly index: ListingIndex,
    private readonly read: CandidateReader,
    private readonly matches: MatchesRepository,
    private readonly queries: NeedQueries,
  ) {}

  async run(ids: readonly string[], names: Names): Promise<RunResult> {
    const found = new Map((await this.read.needs(ids)).map((n) => [n.id, n]));
    const open = ids.flatMap((id) => {
      const n = found.get(id);
      return n && isMatchableNeed(n.status) ? [n] : [];
    });
    const closed = ids.filter((id) => !open.some((n) => n.id === id));
    const query = new Map(open.map((n) => [n.id, this.queries.get(n)]));
    const terms = unionTerms([...query.values()].map(queryTerms));
    const [aCorpus, eCorpus] = await Promise.all([
      this.index.corpus('ACHIEVEMENT', terms),
      this.index.corpus('EXPERT', terms),
    ]);
    const [aDocs, eDocs] = await Promise.all([
      this.candidates('ACHIEVEMENT', open, query, aCorpus),
      this.candidates('EXPERT', open, query, eCorpus),
    ]);
    const [aBest, eBest] = [aDocs, eDocs].map(({ lists, byId }, k) =>
      open.map((n, i) => bestByText(query.get(n.id)!, lists[i], k ? eCorpus : aCorpus, byId)),
    );
    const [achievements, experts] = await Promise.all([
      this.read.achievementCandidates(unique(aBest.flat())),
      this.read.expertCandidates(unique(eBest.flat())),
    ]);
    const aRows = new Map(achievements.map((c) => [c.id, c]));
    const eRows = new Map(experts.map((c) => [c.id, c]));
    const aPairs = new Map<string, ScoredPair[]>();
    const ePairs = new Map<string, ScoredPair[]>();
    open.forEach((need, i) => {
      const options = { names, query: query.get(need.id)! };
      const a = matchAchievements(need, pick(aBest[i], aRows), aCorpus, {
        ...options,
        limit: LIMITS.achievementsPerNeed,
      });
      const e = matchExperts(need, pick(eBest[i], eRows), eCorpus, {
        ...options,
        limit: LIMITS.expertsPerNeed,
      });
      aPairs.set(
        need.id,
        a.filter((m) => m.score >= MIN_SCORE).map((m) => toPair(need.id, m, 'achievementId')),
      );
      ePairs.set(
        need.id,
        e.filter((m) => m.score >= MIN_SCORE).map((m) => toPair(need.id, m, 'expertId')),
      );
    });
    const created = await this.db.transaction(async (em) => {
      await this.index.writeMany(em, 'NEED', [
        ...open.map((n) => ({ id: n.id, terms: needTerms(n) })),
        ...closed.map((id) => ({ id, terms: null })),
      ]);
      await this.matches.clearSuggested(em, 'NEED', closed);
      return [
        ...(await this.matches.replace(em, 'ACHIEVEMENT', aPairs)),
        ...(await this.matches.replace(em, 'EXPERT', ePairs)),
      ];
    });
    const candidates = new Map(ids.map((id) => [id, 0]));
    open.forEach((n, i) => candidates.set(n.id, aDocs.lists[i].length + eDocs.lists[i].length));
    return { candidates, created };
  }

  /** Per need, the listings of a kind its probe reaches, with their terms (each read once for the batch), and those by id. */
  private async candidates(
    kind: ListingKind,
    needs: ReadonlyArray<{ id: string }>,
    query: ReadonlyMap<string, TextQuery>,
    corpus: Corpus,
  ): Promise<{ lists: TextDoc[][]; byId: Map<string, TextDoc> }> {
    const reached = await this.index.reached(
      kind,
      needs.map((n) => ({ probe: probeTerms(query.get(n.id)!, corpus), corpus })),
      LIMITS.candidates,
    );
    const byId = await this.index.docs(kind, [...new Set(reached.flat())]);
    const lists = reached.map((ids) => {
      const out: TextDoc[] = [];
      for (const id of ids) {
        const doc = byId.get(id);
        if (doc) out.push(doc);
      }
      return out;
    });
    return { lists, byId };
  }
}

const unique = (docs: TextDoc[]) => [...new Map(docs.map((d) => [d.id, d])).values()];
const pick = <C extends { id: string }>(docs: readonly TextDoc[], rows: ReadonlyMap<string, C>): C[] =>
  docs.flatMap((d) => {
    const c = rows.get(d.id);
    return c ? [c] : [];
  });
