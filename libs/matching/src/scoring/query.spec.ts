import { buildQuery, probeTerms, QUERY_WEIGHTS } from './query.js';
import type { Corpus, CorpusStats } from './types.js';

const stats = (df: Record<string, number>): CorpusStats => ({
  docCount: 1000,
  avgDocLength: 8,
  docFreq: (t) => df[t] ?? 0,
});

describe('buildQuery', () => {
  const q = buildQuery({ title: '镁合金挤压', keywords: ['轻量化'], body: ['镁合金用于汽车，技术成熟'] });

  it('weighs a title or keyword word fully and a description word lightly, adding up repeats', () => {
    expect(q.weights.word.get('挤压')).toBe(QUERY_WEIGHTS.head);
    expect(q.weights.word.get('轻量化')).toBe(QUERY_WEIGHTS.head);
    expect(q.weights.word.get('汽车')).toBeCloseTo(QUERY_WEIGHTS.body.word);
    expect(q.weights.word.get('镁合金')).toBeCloseTo(QUERY_WEIGHTS.head + QUERY_WEIGHTS.body.word);
    expect(q.weights.bigram.get('汽车')).toBeCloseTo(QUERY_WEIGHTS.body.bigram);
  });
  it('drops stop words and keeps the head terms apart', () => {
    expect(q.weights.word.has('技术')).toBe(false);
    expect(q.headTerms.word.has('挤压')).toBe(true);
    expect(q.headTerms.word.has('汽车')).toBe(false);
  });
});

describe('probeTerms', () => {
  const q = buildQuery({ title: '镁合金挤压', body: ['合金'] });
  const corpus: Corpus = {
    word: stats({ 镁合金: 3, 挤压: 10, 合金: 500 }),
    bigram: stats({ 镁合: 3, 合金: 500, 金挤: 0, 挤压: 10 }),
  };
  it('looks candidates up by specific terms only, most telling first', () => {
    const probe = probeTerms(q, corpus);
    expect(probe.word).toEqual(['镁合金', '挤压']);
    expect(probe.bigram).toEqual(['镁合', '挤压']);
  });
  it('falls back to the rarest terms when none is specific', () => {
    const common: Corpus = { word: stats({ 合金: 500, 挤压: 400 }), bigram: stats({}) };
    expect(probeTerms(buildQuery({ title: '合金挤压' }), common).word).toEqual(['挤压', '合金']);
  });
  it('honours the limit', () => {
    expect(probeTerms(q, corpus, { limit: 1, maxShare: 1, minDocFreq: 0 }).word).toHaveLength(1);
  });
});
