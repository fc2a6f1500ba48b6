/** A match stored by this run: its id, score and the reasons' sentences. */
export interface NewMatch {
  id: string;
  score: number;
  details: string[];
}

export interface MatchFoundDraft {
  organizationId: string;
  kind: 'MATCH_FOUND';
  title: string;
  body: string;
  /** The best of the new matches: where the notification leads. */
  subjectId: string;
}

/**
 * MATCH_FOUND, one per organization per matching run: a need approved against a large catalogue can
 * find dozens of strong pairs at once, and its owner should hear about them once, not dozens of times.
 * Each party gets one notification about its new matches at or above `strongScore`: the best one's
 * reasons, with the count when there are several. `partiesOf` names the organizations on both sides.
 */
export function matchFoundDigests(
  created: readonly NewMatch[],
  partiesOf: (match: NewMatch) => readonly string[],
  strongScore: number,
): MatchFoundDraft[] {
  const byOrg = new Map<string, NewMatch[]>();
  for (const m of created) {
    if (m.score < strongScore) continue;
    for (const org of new Set(partiesOf(m))) byOrg.set(org, [...(byOrg.get(org) ?? []), m]);
  }
  return [...byOrg].map(([organizationId, matches]) => {
    const best = matches.reduce((a, b) => (b.score > a.score ? b : a));
    const reasons = best.details.join('；');
    return {
      organizationId,
      kind: 'MATCH_FOUND',
      title: matches.length === 1 ? '发现新的匹配' : `发现 ${matches.length} 个新的匹配`,
      body: matches.length === 1 ? reasons : `最佳一项：${reasons}`,
      subjectId: best.id,
    };
  });
}
