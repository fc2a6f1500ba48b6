import { achievementTerms } from './documents.js';
import { MemoryIndex } from './memory-index.js';
import { buildQuery, probeTerms } from './query.js';
import { rankText, saturate, sharedWords, TEXT_PARAMS } from './text-score.js';

const catalogue = [
  ['mg', '高强度镁合金挤压工艺'],
  ['al', '铝合金压铸技术'],
  ['mg2', '镁合金表面防腐涂层'],
  ['pv', '晶硅太阳能电池片'],
  ['bio', '生物质气化发电装备'],
  ['feed', '反刍动物饲料配方'],
];
const index = new MemoryIndex(catalogue.map(([id, title]) => ({ id, terms: achievementTerms({ title }) })));
const query = buildQuery({ title: '镁合金挤压成型', body: ['汽车轻量化需要高强度镁合金型材'] });
const ranked = rankText(query, index.candidates(probeTerms(query, index.corpus)), index.corpus);

describe('rankText', () => {
  it('ranks the listing sharing the most telling title words first and leaves out unrelated ones', () => {
    expect(ranked[0].id).toBe('mg');
    expect(ranked.map((m) => m.id)).toContain('mg2');
    expect(ranked.map((m) => m.id)).not.toContain('pv');
    expect(ranked.map((m) => m.id)).not.toContain('feed');
  });
  it('gives text scores in [0,1], in the order of the raw scores', () => {
    for (const m of ranked) {
      expect(m.score).toBeGreaterThan(0);
      expect(m.score).toBeLessThanOrEqual(1);
    }
    const scores = ranked.map((m) => m.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
  it('scores a listing that holds the whole title as a strong match (comparable across needs)', () => {
    const own = new MemoryIndex([...index.candidates({ word: ['镁合金'], bigram: [] })]);
    own.add({ id: 'self', terms: achievementTerms({ title: '镁合金挤压成型' }) });
    const q = buildQuery({ title: '镁合金挤压成型' });
    const best = rankText(q, own.candidates(probeTerms(q, own.corpus)), own.corpus)[0];
    expect(best.id).toBe('self');
    expect(best.score).toBeGreaterThan(0.9);
  });
  it('keeps the best `limit` and reads each listing once', () => {
    const twice = [
      ...index.candidates({ word: ['镁合金'], bigram: [] }),
      ...index.candidates({ word: ['镁合金'], bigram: [] }),
    ];
    const out = rankText(query, twice, index.corpus, { limit: 1 });
    expect(out).toHaveLength(1);
    expect(rankText(query, twice, index.corpus).length).toBe(2);
  });
});

describe('sharedWords', () => {
  it('lists the shared words, title words first, without a word a longer shared one contains', () => {
    const doc = index.candidates({ word: ['挤压'], bigram: [] }).find((d) => d.id === 'mg')!;
    const words = sharedWords(query, doc, index.corpus);
    expect(words).toEqual(expect.arrayContaining(['镁合金', '挤压']));
    expect(words).not.toContain('合金');
  });
});

describe('saturate', () => {
  it('maps 0 to 0, grows, and stays below 1', () => {
    expect(saturate(0, TEXT_PARAMS.scale)).toBe(0);
    expect(saturate(-1, TEXT_PARAMS.scale)).toBe(0);
    expect(saturate(0.2, 0.3)).toBeLessThan(saturate(0.4, 0.3));
    expect(saturate(10, 0.3)).toBeLessThanOrEqual(1);
  });
});
