import type { ScoredPair } from '../matches/matches.repository.js';
import type { Channel, DocTerms, PerChannel, RankedMatch, TextQuery } from '../scoring/index.js';

/**
 * Matches kept per need and direction; below MIN_SCORE a pairing is not worth showing; from STRONG on it
 * is announced. `candidates`: per channel, the listings the probe terms may reach (ListingIndex.reached).
 */
export const LIMITS = { achievementsPerNeed: 100, expertsPerNeed: 20, needsPerListing: 20, candidates: 5000 };
export const MIN_SCORE = 0.1;
export const STRONG_SCORE = 0.6;

/**
 * What a run of some subjects found: candidates weighed per subject (null: not weighed this time, the last
 * figure stands), and the pairs it stored first.
 */
export interface RunResult {
  candidates: Map<string, number | null>;
  created: Array<{ id: string; pair: ScoredPair }>;
}

export const queryTerms = (q: TextQuery): DocTerms => ({
  word: [...q.weights.word.keys()],
  bigram: [...q.weights.bigram.keys()],
});

/** The query terms a score's normalisation reads: the head, or every term if the head is empty (prepareQuery). */
export const massTerms = (q: TextQuery): DocTerms => {
  const pick = (channel: Channel) =>
    q.headTerms[channel].size ? [...q.headTerms[channel]] : [...q.weights[channel].keys()];
  return { word: pick('word'), bigram: pick('bigram') };
};

/** Many subjects' terms as one set per channel: the statistics of a batch are read once. */
export function unionTerms(all: Iterable<PerChannel<readonly string[]>>): DocTerms {
  const word = new Set<string>();
  const bigram = new Set<string>();
  for (const t of all) {
    for (const w of t.word) word.add(w);
    for (const b of t.bigram) bigram.add(b);
  }
  return { word: [...word], bigram: [...bigram] };
}

export const toPair = (needId: string, m: RankedMatch, side: 'achievementId' | 'expertId'): ScoredPair =>
  ({
    needId,
    [side]: m.id,
    score: m.score,
    reasons: m.reasons.map((r) => ({ kind: r.kind, detail: r.detail, weight: r.weight })),
  }) as ScoredPair;
