import { achievementQuery, needQuery, type AchievementText, type NeedText } from './documents.js';
import {
  combine,
  scoreAchievementMatch,
  scoreExpertMatch,
  type AchievementProfile,
  type ExpertProfile,
  type MatchReason,
  type NeedProfile,
} from './match-score.js';
import { probeTerms } from './query.js';
import type { Names } from './signals.js';
import { rankText } from './text-score.js';
import type { Corpus, PerChannel, TextDoc, TextQuery } from './types.js';

/** A candidate listing with what the business signals read. */
export interface Candidate<P> extends TextDoc {
  readonly profile: P;
}
export interface RankedMatch {
  readonly id: string;
  readonly score: number;
  readonly textScore: number;
  readonly reasons: MatchReason[];
}
export interface MatchOptions {
  /** matches to keep, best first */
  readonly limit?: number;
  /** how many of the best by text are rescored with the business signals (RESCORED_POOL) */
  readonly pool?: number;
  readonly names?: Names;
}

/** How many of the best candidates by text are rescored with the business signals, unless told. */
export const RESCORED_POOL = 200;

/** The probe terms to fetch candidates by (CandidateSource.candidates), for a need as query. */
export const needProbe = (need: NeedText, corpus: Corpus): PerChannel<string[]> =>
  probeTerms(needQuery(need), corpus);

function rank<P>(
  query: TextQuery,
  candidates: readonly Candidate<P>[],
  corpus: Corpus,
  score: (
    profile: P,
    text: { score: number; shared: readonly string[] },
  ) => { score: number; reasons: MatchReason[] },
  options: MatchOptions,
): RankedMatch[] {
  const byId = new Map(candidates.map((c) => [c.id, c] as const));
  return rankText(query, candidates, corpus, { limit: options.pool ?? RESCORED_POOL })
    .map((t) => ({ id: t.id, textScore: t.score, ...score((byId.get(t.id) as Candidate<P>).profile, t) }))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || b.textScore - a.textScore || (a.id < b.id ? -1 : 1))
    .slice(0, options.limit ?? 50);
}

/** For an open need: the achievements that fit it, scored in [0,1] with their reasons. */
export function matchAchievements(
  need: NeedText & NeedProfile,
  candidates: readonly Candidate<AchievementProfile>[],
  corpus: Corpus,
  options: MatchOptions = {},
): RankedMatch[] {
  return rank(
    needQuery(need),
    candidates,
    corpus,
    (p, t) => scoreAchievementMatch(need, p, t, options.names),
    options,
  );
}

/** For an open need: the experts that fit it (research areas and bio, field, region). */
export function matchExperts(
  need: NeedText & NeedProfile,
  candidates: readonly Candidate<ExpertProfile>[],
  corpus: Corpus,
  options: MatchOptions = {},
): RankedMatch[] {
  return rank(
    needQuery(need),
    candidates,
    corpus,
    (p, t) => scoreExpertMatch(need, p, t, options.names),
    options,
  );
}

/** For a listed achievement: the needs it could serve (candidates indexed with needTerms). */
export function matchNeeds(
  achievement: AchievementText & AchievementProfile,
  candidates: readonly Candidate<NeedProfile>[],
  corpus: Corpus,
  options: MatchOptions = {},
): RankedMatch[] {
  return rank(
    achievementQuery(achievement),
    candidates,
    corpus,
    (need, t) => scoreAchievementMatch(need, achievement, t, options.names),
    options,
  );
}

export { combine };
