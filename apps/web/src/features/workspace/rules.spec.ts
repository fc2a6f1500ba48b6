import { cleanKeywords, keywordsProblem, LIMITS, textProblem } from './rules';

describe('catalogue text rules in the browser', () => {
  it('counts characters, not UTF-16 units, and trims', () => {
    expect(textProblem('𠀀'.repeat(LIMITS.title), LIMITS.title)).toBeNull();
    expect(textProblem('镁'.repeat(201), LIMITS.title)).toBe('最多 200 字（现 201 字）');
    expect(textProblem('   ', LIMITS.title)).toBe('必填');
    expect(textProblem('', LIMITS.description, true)).toBeNull();
  });

  it('drops blank and repeated keywords, then checks their number and length', () => {
    expect(cleanKeywords([' 镁合金 ', '镁合金', '', '压铸'])).toEqual(['镁合金', '压铸']);
    expect(keywordsProblem(Array.from({ length: 20 }, (_, i) => `k${i}`))).toBeNull();
    expect(keywordsProblem(Array.from({ length: 21 }, (_, i) => `k${i}`))).toBe('最多 20 个关键词');
    expect(keywordsProblem(['长'.repeat(51)])).toContain('超过 50 字');
    expect(keywordsProblem(null)).toBeNull();
  });
});
