import { checkSearchQuery, indexTokens, queryTokens } from './segmenter.js';

describe('Chinese segmentation', () => {
  it('indexes the words inside compounds', () => {
    const tokens = indexTokens('高强度镁合金挤压成型工艺');
    expect(tokens).toEqual(expect.arrayContaining(['镁合金', '合金', '挤压', '高强度', '工艺']));
  });

  it('keeps the query word whole, so that it must be found as a word', () => {
    expect(queryTokens('镁合金')).toEqual(['镁合金']);
    expect(queryTokens('锂电池 正极材料')).toEqual(expect.arrayContaining(['锂电池', '正极', '材料']));
  });

  it('drops punctuation and spaces and lower-cases Latin words', () => {
    expect(indexTokens('5G通信，Wi-Fi 模块！')).toEqual(expect.not.arrayContaining(['，', '！', ' ', '-']));
    expect(queryTokens('PLC 控制')).toContain('plc');
    expect(indexTokens('')).toEqual([]);
  });
});

describe('search limits', () => {
  const reasonOf = (f: () => unknown) => {
    try {
      f();
      return 'accepted';
    } catch (err) {
      return (err as { reason?: string }).reason;
    }
  };

  it('takes a query of up to 200 characters and 20 words', () => {
    expect(queryTokens('镁合金 '.repeat(50))).toHaveLength(50);
    expect(reasonOf(() => queryTokens('材'.repeat(200)))).toBe('accepted');
    const twenty = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ');
    expect(queryTokens(twenty)).toHaveLength(20);
  });

  it('refuses longer queries and more words, saying so', () => {
    expect(reasonOf(() => queryTokens('材'.repeat(201)))).toBe('QUERY_TOO_LONG');
    expect(reasonOf(() => queryTokens('word '.repeat(40_000)))).toBe('QUERY_TOO_LONG');
    expect(reasonOf(() => queryTokens(Array.from({ length: 21 }, (_, i) => `w${i}`).join(' ')))).toBe(
      'TOO_MANY_SEARCH_WORDS',
    );
    expect(() => checkSearchQuery('x'.repeat(201))).toThrow(/at most 200 characters/);
  });
});
