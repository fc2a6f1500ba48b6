/**
 * The pure side of batched matching: which job holds which subjects, and which pairs a supply subject
 * (an achievement or an expert) keeps when many are scored against their needs at once.
 */

/** Subjects grouped by the job that holds them, each group's ids sorted, groups in order of their first id. */
export function groupByJob(
  rows: ReadonlyArray<{ id: string; job: string }>,
): Array<{ job: string; ids: string[] }> {
  const byJob = new Map<string, string[]>();
  for (const r of [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const ids = byJob.get(r.job);
    if (ids) ids.push(r.id);
    else byJob.set(r.job, [r.id]);
  }
  return [...byJob].map(([job, ids]) => ({ job, ids }));
}

/** A scored pair as the supply side keeps it: the need it serves and its score. */
export interface NeedPair {
  readonly needId: string;
  readonly score: number;
}

/**
 * For each supply subject, its pairs at or above `minScore`, best first and the best `limit` only; equal
 * scores in need id order (a subject run alone reads its needs in id order and sorts them stably by score).
 */
export function bestPerSubject<P extends NeedPair>(
  pairs: ReadonlyMap<string, readonly P[]>,
  minScore: number,
  limit: number,
): Map<string, P[]> {
  const out = new Map<string, P[]>();
  for (const [subject, list] of pairs)
    out.set(
      subject,
      list
        .filter((p) => p.score >= minScore)
        .sort((a, b) => b.score - a.score || (a.needId < b.needId ? -1 : a.needId > b.needId ? 1 : 0))
        .slice(0, limit),
    );
  return out;
}

/** subject → the needs it reached, turned into need → the subjects that reached it (each list in subject order). */
export function bySubjectReached(reached: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [subject, needs] of reached)
    for (const need of new Set(needs)) {
      const subjects = out.get(need);
      if (subjects) subjects.push(subject);
      else out.set(need, [subject]);
    }
  return out;
}
