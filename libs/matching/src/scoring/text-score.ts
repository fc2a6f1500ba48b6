import { BM25, bm25Weighted, headMass, idf, weighByIdf, type Bm25Params } from './bm25.js';
import {
  CHANNELS,
  type Channel,
  type Corpus,
  type PerChannel,
  type TextDoc,
  type TextMatch,
  type TextQuery,
} from './types.js';

export interface TextParams {
  readonly bm25: Bm25Params;
  /** weight of each channel in the fused score (each channel first divided by its head mass) */
  readonly fusion: PerChannel<number>;
  /** fused raw score at which the [0,1] text score reaches 1 − 1/e ≈ 0.63 */
  readonly scale: number;
}
export const TEXT_PARAMS: TextParams = { bm25: BM25, fusion: { word: 1, bigram: 2 }, scale: 0.3 };

/** Text score in [0,1], saturating in the fused ratio to the head mass: a threshold means the same for every need. */
export const saturate = (raw: number, scale: number): number => 1 - Math.exp(-Math.max(0, raw) / scale);

/** A query readied against the corpus once: idf-weighted terms and the head mass of each channel. */
export interface PreparedQuery {
  readonly query: TextQuery;
  readonly weighted: PerChannel<ReadonlyMap<string, number>>;
  readonly mass: PerChannel<number>;
}

export function prepareQuery(query: TextQuery, corpus: Corpus): PreparedQuery {
  const weighted = {} as Record<Channel, Map<string, number>>;
  const mass = {} as Record<Channel, number>;
  for (const channel of CHANNELS) {
    const weights = query.weights[channel];
    const stats = corpus[channel];
    weighted[channel] = weighByIdf(weights, stats);
    // a title of stop words alone has no head mass: then the whole query's mass is the yardstick
    mass[channel] =
      headMass(weights, query.headTerms[channel], stats) || headMass(weights, new Set(weights.keys()), stats);
  }
  return { query, weighted, mass };
}

/** The fused, head-normalised text score of one listing (0 when it shares nothing). */
export function rawTextScore(
  prepared: PreparedQuery,
  doc: TextDoc,
  corpus: Corpus,
  params = TEXT_PARAMS,
): number {
  let raw = 0;
  let total = 0;
  for (const channel of CHANNELS) {
    total += params.fusion[channel];
    if (!params.fusion[channel] || !(prepared.mass[channel] > 0)) continue;
    const score = bm25Weighted(prepared.weighted[channel], doc.terms[channel], corpus[channel], params.bm25);
    raw += (params.fusion[channel] * score) / prepared.mass[channel];
  }
  return total > 0 ? raw / total : 0;
}

/** The query's words that the listing holds, most telling first, without a word that a longer one contains. */
export function sharedWords(query: TextQuery, doc: TextDoc, corpus: Corpus, max = 5): string[] {
  const weights = query.weights.word;
  const heads = query.headTerms.word;
  const found = [...new Set(doc.terms.word)]
    .filter((t) => weights.has(t) && [...t].length > 1)
    .map((t) => ({ t, key: (heads.has(t) ? 1e6 : 0) + (weights.get(t) ?? 0) * idf(corpus.word, t) }))
    .sort((a, b) => b.key - a.key || (a.t < b.t ? -1 : 1))
    .map((x) => x.t);
  return found.filter((t) => !found.some((other) => other !== t && other.includes(t))).slice(0, max);
}

/** The best `limit` candidates by text score, best first; ties by id so that a ranking is reproducible. */
export function rankText(
  query: TextQuery,
  candidates: readonly TextDoc[],
  corpus: Corpus,
  options: { params?: TextParams; limit?: number } = {},
): TextMatch[] {
  const params = options.params ?? TEXT_PARAMS;
  const prepared = prepareQuery(query, corpus);
  const scored = new Map<string, { doc: TextDoc; raw: number }>();
  for (const doc of candidates) {
    if (scored.has(doc.id)) continue;
    const raw = rawTextScore(prepared, doc, corpus, params);
    if (raw > 0) scored.set(doc.id, { doc, raw });
  }
  return [...scored.values()]
    .sort((a, b) => b.raw - a.raw || (a.doc.id < b.doc.id ? -1 : 1))
    .slice(0, options.limit ?? Infinity)
    .map(({ doc, raw }) => ({
      id: doc.id,
      raw,
      score: saturate(raw, params.scale),
      shared: sharedWords(query, doc, corpus),
    }));
}
