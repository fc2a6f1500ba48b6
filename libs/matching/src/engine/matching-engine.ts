import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  FieldsService,
  type MatchingSubject,
  type NeedEntity,
  isMatchableAchievement,
  isMatchableNeed,
} from '@techmarket/catalog';
import { OrganizationNotifier } from '@techmarket/identity';
import { regionName } from '@techmarket/shared';
import type { ScoredPair } from '../matches/matches.repository.js';
import { matchFoundDigests } from './match-digest.js';
import { MatchesRepository } from '../matches/matches.repository.js';
import {
  achievementQuery,
  achievementTerms,
  buildQuery,
  type Channel,
  expertTerms,
  matchAchievements,
  matchExperts,
  type Corpus,
  type DocTerms,
  type Names,
  type NeedProfile,
  needProbe,
  needQuery,
  needTerms,
  probeTerms,
  type RankedMatch,
  rankText,
  RESCORED_POOL,
  type TextQuery,
} from '../scoring/index.js';
import { CandidateReader } from './candidate-reader.js';
import { ListingIndex } from './listing-index.js';

/**
 * Matches kept per need and direction; below MIN_SCORE a pairing is not worth showing; from STRONG on it
 * is announced. `candidates`: per channel, the listings the probe terms may reach (ListingIndex.candidates).
 */
export const LIMITS = { achievementsPerNeed: 100, expertsPerNeed: 20, needsPerListing: 20, candidates: 5000 };
export const MIN_SCORE = 0.1;
export const STRONG_SCORE = 0.6;

interface Subject {
  terms: DocTerms;
  query: TextQuery;
  score(need: NeedEntity & NeedProfile, corpus: Corpus, names: Names): RankedMatch[];
}
type Hit = { id: string; words: string[]; bigrams: string[] };
const hitOf = (id: string, terms: DocTerms): Hit => ({
  id,
  words: [...terms.word],
  bigrams: [...terms.bigram],
});

/**
 * The hits that matchAchievements / matchExperts rescore with the business signals, the best
 * RESCORED_POOL by text alone (the same text scores, so the same choice): only their rows are read,
 * not the thousands a need's probe reaches in a large catalogue.
 */
function bestByText(query: TextQuery, hits: Hit[], corpus: Corpus): Hit[] {
  const byId = new Map(hits.map((h) => [h.id, h]));
  const docs = hits.map((h) => ({ id: h.id, terms: { word: h.words, bigram: h.bigrams } }));
  return rankText(query, docs, corpus, { limit: RESCORED_POOL }).map((t) => byId.get(t.id) as Hit);
}
const queryTerms = (q: TextQuery) => ({
  word: [...q.weights.word.keys()],
  bigram: [...q.weights.bigram.keys()],
});
/** The query terms a score's normalisation reads: the head, or every term if the head is empty (prepareQuery). */
const massTerms = (q: TextQuery) => {
  const pick = (channel: Channel) =>
    q.headTerms[channel].size ? [...q.headTerms[channel]] : [...q.weights[channel].keys()];
  return { word: pick('word'), bigram: pick('bigram') };
};
const toPair = (needId: string, m: RankedMatch, side: 'achievementId' | 'expertId'): ScoredPair =>
  ({
    needId,
    [side]: m.id,
    score: m.score,
    reasons: m.reasons.map((r) => ({ kind: r.kind, detail: r.detail, weight: r.weight })),
  }) as ScoredPair;

/**
 * One matching run for one subject. A need gets its best achievements and experts (its suggestions
 * replaced); a listed achievement or an expert is offered to the open needs it could serve, each pair
 * scored from the need's side so that both directions agree on a pair's score.
 */
@Injectable()
export class MatchingEngine {
  private readonly logger = new Logger(MatchingEngine.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly index: ListingIndex,
    private readonly read: CandidateReader,
    private readonly matches: MatchesRepository,
    private readonly fields: FieldsService,
    private readonly notifier: OrganizationNotifier,
  ) {}

  /** Returns how many candidates were weighed. */
  run(kind: MatchingSubject, id: string): Promise<number> {
    if (kind === 'NEED') return this.matchNeed(id);
    return this.offerToNeeds(kind, id);
  }

  private async names(): Promise<Names> {
    const byCode = new Map((await this.fields.list()).map((f) => [f.code, f.name]));
    return { field: (c) => byCode.get(c), region: (c) => regionName(c) };
  }

  private async matchNeed(id: string): Promise<number> {
    const need = await this.read.need(id);
    if (!need || !isMatchableNeed(need.status)) {
      await this.db.transaction(async (em) => {
        await this.index.write(em, 'NEED', id, null);
        await this.matches.clearSuggested(em, { needId: id });
      });
      return 0;
    }
    const names = await this.names();
    const query = needQuery(need);
    const [aCorpus, eCorpus] = await Promise.all([
      this.index.corpus('ACHIEVEMENT', queryTerms(query)),
      this.index.corpus('EXPERT', queryTerms(query)),
    ]);
    const [aHits, eHits] = await Promise.all([
      this.index.candidates('ACHIEVEMENT', needProbe(need, aCorpus), aCorpus, LIMITS.candidates),
      this.index.candidates('EXPERT', needProbe(need, eCorpus), eCorpus, LIMITS.candidates),
    ]);
    const [achievements, experts] = await Promise.all([
      this.read.achievementCandidates(bestByText(query, aHits, aCorpus)),
      this.read.expertCandidates(bestByText(query, eHits, eCorpus)),
    ]);
    const a = matchAchievements(need, achievements, aCorpus, {
      limit: LIMITS.achievementsPerNeed,
      names,
    }).filter((m) => m.score >= MIN_SCORE);
    const e = matchExperts(need, experts, eCorpus, { limit: LIMITS.expertsPerNeed, names }).filter(
      (m) => m.score >= MIN_SCORE,
    );
    const created = await this.db.transaction(async (em) => {
      await this.index.write(em, 'NEED', id, needTerms(need));
      return [
        ...(await this.matches.replace(
          em,
          { needId: id, target: 'ACHIEVEMENT' },
          a.map((m) => toPair(id, m, 'achievementId')),
        )),
        ...(await this.matches.replace(
          em,
          { needId: id, target: 'EXPERT' },
          e.map((m) => toPair(id, m, 'expertId')),
        )),
      ];
    });
    await this.announce(created);
    return aHits.length + eHits.length;
  }

  /** An achievement or expert: indexed (or taken out), then scored against the open needs it could serve. */
  private async offerToNeeds(kind: 'ACHIEVEMENT' | 'EXPERT', id: string): Promise<number> {
    const subject = kind === 'ACHIEVEMENT' ? await this.achievementSubject(id) : await this.expertSubject(id);
    if (!subject) {
      await this.db.transaction(async (em) => {
        await this.index.write(em, kind, id, null);
        await this.matches.clearSuggested(
          em,
          kind === 'ACHIEVEMENT' ? { achievementId: id } : { expertId: id },
        );
      });
      return 0;
    }
    await this.db.transaction((em) => this.index.write(em, kind, id, subject.terms));
    const needCorpus = await this.index.corpus('NEED', queryTerms(subject.query));
    const hits = await this.index.candidates(
      'NEED',
      probeTerms(subject.query, needCorpus),
      needCorpus,
      LIMITS.candidates,
    );
    const needs = await this.read.openNeeds(hits);
    const names = await this.names();
    // each pair scored as the need's own run scores it: the need is the query, this listing the document.
    // Such a score reads the df of this listing's own terms (the only query terms it can hold) and of each
    // need's head terms (its head mass), nothing else; reading every term of every need's description
    // too took 100-250 ms a listing with 30 open needs at 100k listings, most of a re-match.
    const read = needs.map((n) => massTerms(needQuery(n)));
    const corpus = await this.index.corpus(kind, {
      word: [...subject.terms.word, ...read.flatMap((q) => q.word)],
      bigram: [...subject.terms.bigram, ...read.flatMap((q) => q.bigram)],
    });
    const pairs: ScoredPair[] = [];
    for (const need of needs) {
      const [m] = subject.score(need, corpus, names);
      if (m && m.score >= MIN_SCORE)
        pairs.push(toPair(need.id, m, kind === 'ACHIEVEMENT' ? 'achievementId' : 'expertId'));
    }
    pairs.sort((x, y) => y.score - x.score);
    const created = await this.db.transaction((em) =>
      this.matches.upsert(em, pairs.slice(0, LIMITS.needsPerListing)),
    );
    await this.announce(created);
    return needs.length;
  }

  private async achievementSubject(id: string): Promise<Subject | null> {
    const a = await this.read.achievement(id);
    if (!a || !isMatchableAchievement(a.status)) return null;
    const terms = achievementTerms(a);
    const [self] = await this.read.achievementCandidates([hitOf(id, terms)]);
    return {
      terms,
      query: achievementQuery(a),
      score: (need, corpus, names) =>
        self ? matchAchievements(need, [self], corpus, { limit: 1, names }) : [],
    };
  }

  private async expertSubject(id: string): Promise<Subject | null> {
    const e = await this.read.expert(id);
    if (!e) return null;
    const terms = expertTerms(e);
    const [self] = await this.read.expertCandidates([hitOf(id, terms)]);
    return {
      terms,
      query: buildQuery({ title: e.researchAreas.join(' '), keywords: e.researchAreas, body: [e.bio] }),
      score: (need, corpus, names) => (self ? matchExperts(need, [self], corpus, { limit: 1, names }) : []),
    };
  }

  /** MATCH_FOUND for the run's new strong pairs: one notification per organization on either side. */
  private async announce(created: Array<{ id: string; pair: ScoredPair }>): Promise<void> {
    const strong = created.filter((c) => c.pair.score >= STRONG_SCORE);
    const parties = new Map(
      await Promise.all(strong.map(async (c) => [c.id, await this.read.parties(c.pair)] as const)),
    );
    const drafts = matchFoundDigests(
      strong.map((c) => ({ id: c.id, score: c.pair.score, details: c.pair.reasons.map((r) => r.detail) })),
      (m) => parties.get(m.id) ?? [],
      STRONG_SCORE,
    );
    for (const { organizationId, ...draft } of drafts)
      await this.notifier
        .notify(organizationId, draft)
        .catch((err: unknown) => this.logger.warn(`MATCH_FOUND not sent: ${String(err)}`));
  }
}
