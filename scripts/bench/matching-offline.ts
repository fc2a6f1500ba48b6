// Offline evaluation of the matching scorer (libs/matching/src/scoring) on the labelled development set
// shared/data/matching-dev: nDCG@10, P@5, R@100 of each variant beside a plain BM25 baseline, in one run.
// The labels are read here only, to measure; the scorer never sees them. Run from the repository root
// (shared/ beside it; another data folder may be passed as the first argument), in about 10 s:
//   npx tsc -p scripts/bench/tsconfig.matching-offline.json && node node_modules/.cache/matching-offline/scripts/bench/matching-offline.js
// (`npm run build` compiles it too, to dist/scripts/bench/matching-offline.js).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexTokens } from '../../libs/shared/src/text/segmenter.js';
import { bm25, termFreqs } from '../../libs/matching/src/scoring/bm25.js';
import { MemoryIndex } from '../../libs/matching/src/scoring/memory-index.js';
import {
  buildQuery,
  PROBE,
  probeTerms,
  QUERY_WEIGHTS,
  type QueryWeights,
} from '../../libs/matching/src/scoring/query.js';
import { rankText, TEXT_PARAMS, type TextParams } from '../../libs/matching/src/scoring/text-score.js';
import { achievementTerms } from '../../libs/matching/src/scoring/documents.js';
import { matchAchievements, needProbe } from '../../libs/matching/src/scoring/match-need.js';
import { evaluate, type Figures, type Labels } from './matching-metrics.js';

interface Achievement {
  id: string;
  title: string;
  keywords: string[];
}
interface Need {
  id: string;
  title: string;
  description: string;
}
interface Qrel {
  needId: string;
  achievementId: string;
  level: number;
}

const dir = process.argv[2] ?? join(process.cwd(), '../shared/data/matching-dev');
const read = <T>(file: string): T[] =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);

const started = Date.now();
const achievements = read<Achievement>('achievements.jsonl');
const needs = read<Need>('dev_needs.jsonl');
const qrels = new Map<string, Map<string, number>>();
for (const q of read<Qrel>('dev_qrels.jsonl')) {
  const labels = qrels.get(q.needId) ?? new Map<string, number>();
  qrels.set(q.needId, labels.set(q.achievementId, q.level));
}
// The set's keywords are its titles cut by jieba, not an author's keywords: indexing them would count each
// title word twice, so the production indexing (title + keywords) is given the title alone here.
const titles = new MemoryIndex(
  achievements.map((a) => ({ id: a.id, terms: achievementTerms({ title: a.title }) })),
);
const withKeywords = new MemoryIndex(achievements.map((a) => ({ id: a.id, terms: achievementTerms(a) })));
const indexedMs = Date.now() - started;

/** The README's baseline: BM25 (k1 1.2, b 0.75) of the need title's jieba tokens against achievement titles. */
function baseline(need: Need): string[] {
  const query = termFreqs(indexTokens(need.title));
  const candidates = titles.candidates({ word: [...query.keys()], bigram: [] });
  const stats = titles.corpus.word;
  return candidates
    .map((doc) => ({ id: doc.id, score: bm25(query, doc.terms.word, stats) }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .map((r) => r.id);
}

interface Variant {
  index?: MemoryIndex;
  weights?: QueryWeights;
  params?: TextParams;
  body?: boolean;
  probe?: typeof PROBE;
}
function scorer(v: Variant): (need: Need) => string[] {
  const index = v.index ?? titles;
  return (need) => {
    const query = buildQuery(
      { title: need.title, body: v.body === false ? [] : [need.description] },
      v.weights,
    );
    const candidates = index.candidates(probeTerms(query, index.corpus, v.probe));
    return rankText(query, candidates, index.corpus, { params: v.params, limit: 100 }).map((m) => m.id);
  };
}
const only = (word: number, bigram: number): TextParams => ({ ...TEXT_PARAMS, fusion: { word, bigram } });

/** The production path: matchAchievements over the index's candidates (no business fields in this set). */
function production(need: Need): string[] {
  const text = { title: need.title, description: need.description, fieldCodes: [] };
  const candidates = titles
    .candidates(needProbe(text, titles.corpus))
    .map((doc) => ({ ...doc, profile: { fieldCodes: [] } }));
  return matchAchievements(text, candidates, titles.corpus, { limit: 100, pool: 100 }).map((m) => m.id);
}

const variants: [string, (need: Need) => string[]][] = [
  ['BM25, need title tokens (baseline)', baseline],
  ['title words without stop words', scorer({ body: false, params: only(1, 0) })],
  ['title words + description words ×0.3', scorer({ params: only(1, 0) })],
  ['title + description char bigrams', scorer({ params: only(0, 1) })],
  ['words + bigrams, fused 1 : 1', scorer({ params: only(1, 1) })],
  ['words + bigrams, fused 1 : 2 (final)', production],
  [
    'final, description words ×0.5',
    scorer({ weights: { ...QUERY_WEIGHTS, body: { word: 0.5, bigram: 0.2 } } }),
  ],
  [
    'final, probing by every term, even common',
    scorer({ probe: { limit: Infinity, maxShare: 1, minDocFreq: 0 } }),
  ],
  ['final, achievement keywords indexed too', scorer({ index: withKeywords })],
];

const fmt = (x: number) => x.toFixed(3);
const rows: [string, Figures, number][] = [];
for (const [name, rank] of variants) {
  const t = Date.now();
  const rankings = new Map(needs.map((n) => [n.id, rank(n)] as const));
  rows.push([name, evaluate(rankings, qrels as ReadonlyMap<string, Labels>), Date.now() - t]);
}
const base = rows[0][1];
console.log(`${needs.length} needs, ${achievements.length} achievements; indexed in ${indexedMs} ms\n`);
console.log(`${'variant'.padEnd(44)} nDCG@10   P@5  R@100  ×BM25   ms`);
for (const [name, f, ms] of rows) {
  const ratio = (f.ndcg10 / base.ndcg10).toFixed(2);
  console.log(
    `${name.padEnd(44)} ${fmt(f.ndcg10)}  ${fmt(f.p5)}  ${fmt(f.r100)}  ${ratio}× ${String(ms).padStart(5)}`,
  );
}
