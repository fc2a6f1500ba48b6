import { indexTokens, queryTokens } from './segmenter.js';

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
