import { contentBigrams, contentWords } from './terms.js';
import { CHANNELS, type Channel, type Corpus, type PerChannel, type TextQuery } from './types.js';
import { idf } from './bm25.js';

/** The text a query is made of: a need's title and keywords (its head) and its description (its body). */
export interface QueryText {
  readonly title: string;
  readonly keywords?: readonly string[] | null;
  readonly body?: readonly (string | null | undefined)[];
}

/** How much one occurrence of a term counts, by where it occurs and in which channel. */
export interface QueryWeights {
  readonly head: number;
  readonly body: PerChannel<number>;
}

/** Tuned on the development set: a description's word counts 0.3 of a title word, its bigram 0.2. */
export const QUERY_WEIGHTS: QueryWeights = { head: 1, body: { word: 0.3, bigram: 0.2 } };

const analyse: Record<Channel, (text: string | null | undefined) => string[]> = {
  word: contentWords,
  bigram: contentBigrams,
};

function add(into: Map<string, number>, terms: readonly string[], weight: number): void {
  for (const term of terms) into.set(term, (into.get(term) ?? 0) + weight);
}

/** Weighted terms of a query text: every occurrence adds its weight (title terms weigh the most). */
export function buildQuery(text: QueryText, weights: QueryWeights = QUERY_WEIGHTS): TextQuery {
  const result = {} as Record<Channel, Map<string, number>>;
  const head = {} as Record<Channel, Set<string>>;
  for (const channel of CHANNELS) {
    const heads = [text.title, ...(text.keywords ?? [])].flatMap((t) => analyse[channel](t));
    const map = new Map<string, number>();
    add(map, heads, weights.head);
    for (const part of text.body ?? []) add(map, analyse[channel](part), weights.body[channel]);
    result[channel] = map;
    head[channel] = new Set(heads);
  }
  return { weights: result, headTerms: head };
}

export interface ProbeOptions {
  /** most probe terms per channel */
  readonly limit: number;
  /** a term in more than this share of the catalogue is too common to find candidates by... */
  readonly maxShare: number;
  /** ...unless it is in at most this many listings (a small catalogue has no common terms to fear) */
  readonly minDocFreq: number;
}
export const PROBE: ProbeOptions = { limit: 32, maxShare: 0.02, minDocFreq: 20 };

/**
 * The terms to look candidates up by, per channel: the query's specific terms (in at most 2% of the
 * catalogue), most weight × idf first. A listing that shares only common terms with the need
 * (技术, 系统, 合金) is no candidate: it would rank low, and on the development set leaving it out
 * lifts R@100 from 0.48 to 0.51. When no term is specific enough, the four rarest stand in.
 */
export function probeTerms(
  query: TextQuery,
  corpus: Corpus,
  options: ProbeOptions = PROBE,
): PerChannel<string[]> {
  const probe = {} as Record<Channel, string[]>;
  for (const channel of CHANNELS) {
    const stats = corpus[channel];
    const ranked = [...query.weights[channel]]
      .map(([term, w]) => ({ term, df: stats.docFreq(term), key: w * idf(stats, term) }))
      .filter((r) => r.df > 0)
      .sort((a, b) => b.key - a.key || (a.term < b.term ? -1 : 1));
    const cap = Math.max(options.maxShare * stats.docCount, options.minDocFreq);
    const specific = ranked.filter((r) => r.df <= cap);
    const chosen = specific.length ? specific : [...ranked].sort((a, b) => a.df - b.df).slice(0, 4);
    probe[channel] = chosen.slice(0, options.limit).map((r) => r.term);
  }
  return probe;
}
