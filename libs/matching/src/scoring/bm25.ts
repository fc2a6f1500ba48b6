import type { CorpusStats } from './types.js';

export interface Bm25Params {
  readonly k1: number;
  readonly b: number;
}
export const BM25: Bm25Params = { k1: 1.2, b: 0.75 };

/** Robertson–Spärck Jones idf, never negative: ln(1 + (N − df + ½) / (df + ½)). */
export function idf(stats: CorpusStats, term: string): number {
  const df = Math.min(stats.docFreq(term), stats.docCount);
  return Math.log(1 + (stats.docCount - df + 0.5) / (df + 0.5));
}

/** Term frequencies of a listing's terms. */
export function termFreqs(terms: readonly string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
}

/** Query weights multiplied by idf once per query: term → w·idf. */
export function weighByIdf(query: ReadonlyMap<string, number>, stats: CorpusStats): Map<string, number> {
  const out = new Map<string, number>();
  for (const [term, weight] of query) out.set(term, weight * idf(stats, term));
  return out;
}

/** BM25 of one listing for idf-weighted query terms: Σ w·idf·tf(k1+1)/(tf + k1(1 − b + b·len/avg)). */
export function bm25Weighted(
  weighted: ReadonlyMap<string, number>,
  doc: readonly string[],
  stats: CorpusStats,
  params: Bm25Params = BM25,
): number {
  const norm = params.k1 * (1 - params.b + (params.b * doc.length) / (stats.avgDocLength || 1));
  let score = 0;
  // titles are short: counting in place beats building a term-frequency map for each listing
  for (let i = 0; i < doc.length; i++) {
    const w = weighted.get(doc[i]);
    if (!w || doc.indexOf(doc[i]) < i) continue;
    let count = 1;
    for (let j = i + 1; j < doc.length; j++) if (doc[j] === doc[i]) count++;
    score += (w * count * (params.k1 + 1)) / (count + norm);
  }
  return score;
}

/** BM25 of one listing for weighted query terms. */
export function bm25(
  query: ReadonlyMap<string, number>,
  doc: readonly string[],
  stats: CorpusStats,
  params: Bm25Params = BM25,
): number {
  return bm25Weighted(weighByIdf(query, stats), doc, stats, params);
}

/**
 * What a listing scores when it holds each head term once at average length: Σ over head terms of
 * w·idf. A listing that matches the need's title and keywords fully scores about this much, so the
 * ratio to it is comparable from one need to the next.
 */
export function headMass(
  query: ReadonlyMap<string, number>,
  head: ReadonlySet<string>,
  stats: CorpusStats,
): number {
  let mass = 0;
  for (const term of head) mass += (query.get(term) ?? 0) * idf(stats, term);
  return mass;
}
