// The labelled development set (shared/data/matching-dev) and the in-memory rankings the online figures
// are compared with, built from the same library code as matching-offline.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexTokens } from '../../libs/shared/src/text/segmenter.js';
import { bm25, termFreqs } from '../../libs/matching/src/scoring/bm25.js';
import { achievementTerms } from '../../libs/matching/src/scoring/documents.js';
import { matchAchievements, needProbe } from '../../libs/matching/src/scoring/match-need.js';
import { MemoryIndex } from '../../libs/matching/src/scoring/memory-index.js';
import type { Maturity, TransferMode } from '../../libs/matching/src/scoring/signals.js';
import type { Labels } from './matching-metrics.js';

export interface DevAchievement {
  id: string;
  title: string;
  keywords: string[];
}
export interface DevNeed {
  id: string;
  title: string;
  description: string;
}
export interface DevSet {
  achievements: DevAchievement[];
  needs: DevNeed[];
  qrels: Map<string, Labels>;
}

export function readDevSet(dir: string): DevSet {
  const read = <T>(file: string): T[] =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as T);
  const qrels = new Map<string, Map<string, number>>();
  for (const q of read<{ needId: string; achievementId: string; level: number }>('dev_qrels.jsonl')) {
    const labels = qrels.get(q.needId) ?? new Map<string, number>();
    qrels.set(q.needId, labels.set(q.achievementId, q.level));
  }
  return { achievements: read('achievements.jsonl'), needs: read('dev_needs.jsonl'), qrels };
}

export type Ranker = (need: DevNeed) => string[];

/** The README's baseline: BM25 (k1 1.2, b 0.75) of the need title's jieba tokens against achievement titles. */
export function bm25Baseline(set: DevSet): Ranker {
  const titles = new MemoryIndex(
    set.achievements.map((a) => ({ id: a.id, terms: achievementTerms({ title: a.title }) })),
  );
  return (need) => {
    const query = termFreqs(indexTokens(need.title));
    const stats = titles.corpus.word;
    return titles
      .candidates({ word: [...query.keys()], bigram: [] })
      .map((doc) => ({ id: doc.id, score: bm25(query, doc.terms.word, stats) }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, 100)
      .map((r) => r.id);
  };
}

/** What the online run gives every listing and need besides text (matching-bench-market.ts). */
export interface Profiles {
  fieldCodes: readonly string[];
  modes: readonly TransferMode[];
  maturity: Maturity;
  needRegion: string;
  achievementRegion: string;
}

/**
 * The production scorer over an in-memory index, with or without the achievements' keywords indexed:
 * with them and the online profiles it is the online run's twin (same documents, same signals, no
 * database); without them it is matching-offline.ts's "final" (0.203 nDCG@10).
 */
export function inMemoryScorer(
  set: DevSet,
  opts: { keywords: boolean; profiles?: Profiles; minScore?: number },
): Ranker {
  const index = new MemoryIndex(
    set.achievements.map((a) => ({
      id: a.id,
      terms: achievementTerms(
        opts.keywords
          ? { title: a.title, keywords: [...new Set(a.keywords)].slice(0, 20) }
          : { title: a.title },
      ),
    })),
  );
  const pr = opts.profiles;
  const profile = pr
    ? {
        fieldCodes: pr.fieldCodes,
        maturity: pr.maturity,
        transferModes: pr.modes,
        regionCode: pr.achievementRegion,
      }
    : { fieldCodes: [] };
  return (need) => {
    const text = {
      title: need.title,
      description: need.description.trim() || need.title,
      fieldCodes: pr?.fieldCodes ?? [],
      cooperationModes: pr?.modes ?? [],
      regionCode: pr?.needRegion,
    };
    const candidates = index.candidates(needProbe(text, index.corpus)).map((doc) => ({ ...doc, profile }));
    return matchAchievements(text, candidates, index.corpus, { limit: 100, pool: pr ? undefined : 100 })
      .filter((m) => m.score >= (opts.minScore ?? 0))
      .map((m) => m.id);
  };
}
