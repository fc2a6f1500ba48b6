import { duplicatePatent, normalizePatentNumber, patentCheckDigit, patentNumberProblem } from './patents';

describe('patent numbers in the browser (as libs/catalog checks them)', () => {
  it.each([
    ['202110123456.7', '202110123456.7'],
    ['ZL202110123456.7', '202110123456.7'],
    ['CN 202110123456.7', '202110123456.7'],
    ['zl2021101234567', '202110123456.7'],
  ])('accepts %p as %p', (raw, expected) => expect(normalizePatentNumber(raw)).toBe(expected));

  it.each(['202110123456.8', '20211012345.7', '202110123456', 'AB202110123456.7', ''])('refuses %p', (raw) =>
    expect(normalizePatentNumber(raw)).toBeNull(),
  );

  it('writes a check of 10 as X and refuses any single changed digit', () => {
    const withX = Array.from({ length: 2000 }, (_, i) => String(100000000000 + i * 7919)).find(
      (d) => patentCheckDigit(d) === 'X',
    )!;
    expect(normalizePatentNumber(`${withX}.x`)).toBe(`${withX}.X`);
    const digits = '202110123456';
    for (let i = 0; i < 12; i++) {
      const changed = digits.slice(0, i) + String((Number(digits[i]) + 1) % 10) + digits.slice(i + 1);
      expect(normalizePatentNumber(`${changed}.7`)).toBeNull();
    }
  });

  it('says in words what is wrong with a number', () => {
    expect(patentNumberProblem('202110123456.7')).toBeNull();
    expect(patentNumberProblem('')).toBe('请填写专利号');
    expect(patentNumberProblem('12345')).toContain('12 位数字');
    expect(patentNumberProblem('202110123456.8')).toBe('校验位不符（应为 7）');
  });

  it('finds a number listed twice in different spellings', () => {
    expect(duplicatePatent(['ZL202110123456.7', '202110123456.7'])).toBe('202110123456.7');
    expect(duplicatePatent(['202110123456.7', 'bad'])).toBeNull();
  });
});
