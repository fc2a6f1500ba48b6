import { charBigrams, contentWords, docTerms, STOP_WORDS } from './terms.js';

describe('charBigrams', () => {
  it('pairs neighbouring characters inside each run of letters and digits', () => {
    expect(charBigrams('镁合金挤压')).toEqual(['镁合', '合金', '金挤', '挤压']);
  });
  it('does not pair across punctuation, and lowercases', () => {
    expect(charBigrams('镁合、AB')).toEqual(['镁合', 'ab']);
  });
  it('is empty for nothing', () => {
    expect(charBigrams(null)).toEqual([]);
    expect(charBigrams('镁')).toEqual([]);
  });
});

describe('contentWords', () => {
  it('keeps the search-mode words of a compound and drops stop words and bare numbers', () => {
    const words = contentWords('高强度镁合金挤压技术研发 2024');
    expect(words).toEqual(expect.arrayContaining(['合金', '镁合金', '挤压']));
    expect(words).not.toContain('技术');
    expect(words).not.toContain('研发');
    expect(words).not.toContain('2024');
    for (const w of words) expect(STOP_WORDS.has(w)).toBe(false);
  });
});

describe('docTerms', () => {
  it('analyses every text into both channels, stop words kept on the index side', () => {
    const terms = docTerms('镁合金技术', '挤压');
    expect(terms.word).toEqual(expect.arrayContaining(['镁合金', '技术', '挤压']));
    expect(terms.bigram).toEqual(expect.arrayContaining(['镁合', '合金', '技术', '挤压']));
  });
});
