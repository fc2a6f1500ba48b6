import { buildQuery } from './query.js';
import { docTerms } from './terms.js';
import type { DocTerms, TextQuery } from './types.js';

/**
 * What of each party is text to match: the index side is the short, topical text (title and
 * keywords, an expert's research areas and bio); the query side adds the long text as a lighter body.
 */
export interface NeedText {
  readonly title: string;
  readonly description?: string | null;
  readonly keywords?: readonly string[];
}
export interface AchievementText {
  readonly title: string;
  readonly keywords?: readonly string[];
  readonly summary?: string | null;
  readonly description?: string | null;
}
export interface ExpertText {
  readonly researchAreas: readonly string[];
  readonly bio?: string | null;
}

/** Index terms of an achievement: its title and keywords. */
export const achievementTerms = (a: AchievementText): DocTerms => docTerms(a.title, ...(a.keywords ?? []));

/** Index terms of an expert: research areas and bio (BM25's length normalisation tempers a long bio). */
export const expertTerms = (e: ExpertText): DocTerms => docTerms(...e.researchAreas, e.bio);

/** Index terms of a need, for matching an achievement to the needs it could serve. */
export const needTerms = (n: NeedText): DocTerms => docTerms(n.title, ...(n.keywords ?? []));

/** A need as a query: title and keywords in full, the description as a lighter body. */
export const needQuery = (n: NeedText): TextQuery =>
  buildQuery({ title: n.title, keywords: n.keywords, body: [n.description] });

/** An achievement as a query, for the other direction: title and keywords, then summary and description. */
export const achievementQuery = (a: AchievementText): TextQuery =>
  buildQuery({ title: a.title, keywords: a.keywords, body: [a.summary, a.description] });
