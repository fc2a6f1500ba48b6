import { bm25, headMass, idf, termFreqs } from './bm25.js';
import type { CorpusStats } from './types.js';

const stats = (df: Record<string, number>, docCount = 100, avgDocLength = 5): CorpusStats => ({
  docCount,
  avgDocLength,
  docFreq: (t) => df[t] ?? 0,
});

describe('idf', () => {
  it('is larger for rarer terms and never negative', () => {
    const s = stats({ rare: 1, common: 90, everywhere: 100 });
    expect(idf(s, 'rare')).toBeGreaterThan(idf(s, 'common'));
    expect(idf(s, 'everywhere')).toBeGreaterThan(0);
    expect(idf(s, 'unknown')).toBeGreaterThan(idf(s, 'rare'));
  });
});

describe('bm25', () => {
  const s = stats({ a: 2, b: 50 });
  const q = new Map([
    ['a', 1],
    ['b', 1],
  ]);
  it('is 0 without a shared term', () => {
    expect(bm25(q, ['x', 'y'], s)).toBe(0);
  });
  it('rewards the rarer term, a repeated term (saturating) and a shorter listing', () => {
    expect(bm25(q, ['a', 'x'], s)).toBeGreaterThan(bm25(q, ['b', 'x'], s));
    const once = bm25(q, ['a', 'x', 'y'], s);
    const twice = bm25(q, ['a', 'a', 'y'], s);
    expect(twice).toBeGreaterThan(once);
    expect(twice).toBeLessThan(2 * once);
    expect(bm25(q, ['a'], s)).toBeGreaterThan(bm25(q, ['a', 'x', 'y', 'z', 'w', 'v'], s));
  });
  it('scales with the query weight', () => {
    expect(bm25(new Map([['a', 2]]), ['a'], s)).toBeCloseTo(2 * bm25(new Map([['a', 1]]), ['a'], s));
  });
  it('scores a listing of average length holding each head term once at the head mass', () => {
    const doc = ['a', 'b', 'x', 'y', 'z'];
    expect(bm25(q, doc, s)).toBeCloseTo(headMass(q, new Set(['a', 'b']), s));
  });
});

describe('termFreqs', () => {
  it('counts repeats', () => {
    expect([...termFreqs(['a', 'b', 'a'])]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });
});
