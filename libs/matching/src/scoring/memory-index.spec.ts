import { MemoryIndex } from './memory-index.js';

const doc = (id: string, word: string[], bigram: string[] = []) => ({ id, terms: { word, bigram } });

describe('MemoryIndex', () => {
  const index = new MemoryIndex([
    doc('1', ['镁合金', '挤压']),
    doc('2', ['铝合金', '挤压', '挤压']),
    doc('3', ['电池'], ['电池']),
  ]);

  it('knows the document count, mean length and document frequencies per channel', () => {
    expect(index.corpus.word.docCount).toBe(3);
    expect(index.corpus.word.avgDocLength).toBeCloseTo(6 / 3);
    expect(index.corpus.word.docFreq('挤压')).toBe(2);
    expect(index.corpus.word.docFreq('无')).toBe(0);
    expect(index.corpus.bigram.docFreq('电池')).toBe(1);
  });
  it('returns only the listings holding a probe term, each once, in catalogue order', () => {
    expect(index.candidates({ word: ['挤压', '镁合金'], bigram: [] }).map((d) => d.id)).toEqual(['1', '2']);
    expect(index.candidates({ word: [], bigram: ['电池'] }).map((d) => d.id)).toEqual(['3']);
    expect(index.candidates({ word: ['无'], bigram: [] })).toEqual([]);
  });
});
