// Chinese patent application numbers as the server checks them (libs/catalog/src/patents/patent-number.ts):
// 12 digits, a dot and a check digit (weights 2..9 repeating, modulo 11, 10 written X), optionally ZL or CN.

export function patentCheckDigit(digits12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits12[i]) * (2 + (i % 8));
  const check = sum % 11;
  return check === 10 ? 'X' : String(check);
}

/** The normalized number (202110123456.7), or null when it is not a valid application number. */
export function normalizePatentNumber(raw: string): string | null {
  const match = /^(?:ZL|CN)?\s*(\d{12})\.?([\dX])$/i.exec(raw.trim().replace(/\s+/g, ''));
  if (!match) return null;
  const digits = match[1]!;
  const check = match[2]!.toUpperCase();
  return patentCheckDigit(digits) === check ? `${digits}.${check}` : null;
}

/** Words for a form field: why this number is refused, or null when it is valid. */
export function patentNumberProblem(raw: string): string | null {
  const text = raw.trim().replace(/\s+/g, '');
  if (!text) return '请填写专利号';
  const match = /^(?:ZL|CN)?(\d{12})\.?([\dX])$/i.exec(text);
  if (!match) return '专利号应为 12 位数字、小数点和 1 位校验位，如 202110123456.7';
  const expected = patentCheckDigit(match[1]!);
  return expected === match[2]!.toUpperCase() ? null : `校验位不符（应为 ${expected}）`;
}

/** The first number listed twice (after normalizing), or null. */
export function duplicatePatent(numbers: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const raw of numbers) {
    const n = normalizePatentNumber(raw);
    if (!n) continue;
    if (seen.has(n)) return n;
    seen.add(n);
  }
  return null;
}
