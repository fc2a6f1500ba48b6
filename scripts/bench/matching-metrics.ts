/**
 * The development set's scoring (shared/data/README.md): for each need, the ranking of the whole pool;
 * nDCG@10 with gain 2^(level−1) − 1 and the ideal DCG from that need's judged labels; P@5 and R@100
 * with level ≥ 3 relevant. An achievement never judged for a need is not relevant to it.
 */
export type Labels = ReadonlyMap<string, number>;

export interface Figures {
  ndcg10: number;
  p5: number;
  r100: number;
}

const gain = (level: number | undefined): number => (level ? 2 ** (level - 1) - 1 : 0);
const discount = (rank: number): number => 1 / Math.log2(rank + 2);

export function ndcgAt(ranking: readonly string[], labels: Labels, k = 10): number {
  let dcg = 0;
  ranking.slice(0, k).forEach((id, i) => (dcg += gain(labels.get(id)) * discount(i)));
  const ideal = [...labels.values()]
    .map(gain)
    .sort((a, b) => b - a)
    .slice(0, k);
  const idcg = ideal.reduce((sum, g, i) => sum + g * discount(i), 0);
  return idcg > 0 ? dcg / idcg : 0;
}

const relevant = (labels: Labels): Set<string> =>
  new Set([...labels].filter(([, level]) => level >= 3).map(([id]) => id));

export function precisionAt(ranking: readonly string[], labels: Labels, k = 5): number {
  const rel = relevant(labels);
  return ranking.slice(0, k).filter((id) => rel.has(id)).length / k;
}

/** null when the need has no relevant achievement (it is left out of the mean). */
export function recallAt(ranking: readonly string[], labels: Labels, k = 100): number | null {
  const rel = relevant(labels);
  if (!rel.size) return null;
  return ranking.slice(0, k).filter((id) => rel.has(id)).length / rel.size;
}

/** Means over needs: nDCG@10 and P@5 over all needs, R@100 over the needs with a relevant achievement. */
export function evaluate(
  rankings: ReadonlyMap<string, readonly string[]>,
  qrels: ReadonlyMap<string, Labels>,
): Figures {
  let ndcg = 0;
  let p5 = 0;
  let recall = 0;
  let withRelevant = 0;
  for (const [needId, ranking] of rankings) {
    const labels = qrels.get(needId) ?? new Map<string, number>();
    ndcg += ndcgAt(ranking, labels);
    p5 += precisionAt(ranking, labels);
    const r = recallAt(ranking, labels);
    if (r !== null) ((recall += r), withRelevant++);
  }
  const n = rankings.size || 1;
  return { ndcg10: ndcg / n, p5: p5 / n, r100: withRelevant ? recall / withRelevant : 0 };
}
