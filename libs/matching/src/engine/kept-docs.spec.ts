import { KeptDocs } from './kept-docs.js';

const terms = (...word: string[]) => ({ word, bigram: word.map((w) => w.slice(0, 2)) });

describe('KeptDocs', () => {
  it('gives back a listing’s doc with the version it was read at, per kind', () => {
    const kept = new KeptDocs();
    kept.set('ACHIEVEMENT', 'a1', '100', terms('镁合金', '挤压'));
    expect(kept.get('ACHIEVEMENT', 'a1')).toEqual({
      version: '100',
      doc: { id: 'a1', terms: terms('镁合金', '挤压') },
    });
    expect(kept.get('NEED', 'a1')).toBeUndefined();
    kept.set('ACHIEVEMENT', 'a1', '107', terms('锂电池'));
    expect(kept.get('ACHIEVEMENT', 'a1')?.version).toBe('107');
    expect(kept.get('ACHIEVEMENT', 'a1')?.doc.terms.word).toEqual(['锂电池']);
  });

  it('forgets the oldest half past its size', () => {
    const kept = new KeptDocs(4);
    for (const id of ['a', 'b', 'c', 'd', 'e']) kept.set('NEED', id, '1', terms(id));
    expect(['a', 'b', 'c', 'd', 'e'].filter((id) => kept.get('NEED', id))).toEqual(['d', 'e']);
  });
});
