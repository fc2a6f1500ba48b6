import { badInput } from '@techmarket/shared';

/**
 * Chinese patent application numbers: 12 digits, a dot and a check digit (weights 2..9 repeating,
 * modulo 11, 10 written X), optionally prefixed ZL or CN: 202110123456.7.
 */
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
  const [, digits, check] = match;
  return patentCheckDigit(digits) === check.toUpperCase() ? `${digits}.${check.toUpperCase()}` : null;
}

export function checkPatentNumber(raw: string, field = 'patents.number'): string {
  const number = normalizePatentNumber(raw);
  if (!number) {
    throw badInput(
      'INVALID_PATENT_NUMBER',
      `${JSON.stringify(raw)} is not a valid Chinese patent application number`,
      { field },
    );
  }
  return number;
}
