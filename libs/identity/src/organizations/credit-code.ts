import { badInput } from '@techmarket/shared';

/** GB 32100-2015 unified social credit code (统一社会信用代码): 0-9 and A-Z without I, O, S, V, Z. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The 18th character that the first 17 call for, or null when they hold a character outside the set. */
export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

export function isValidCreditCode(code: string): boolean {
  return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code) && creditCodeCheckChar(code.slice(0, 17)) === code[17];
}

/** Upper-cases and trims, then refuses anything that is not a valid code with INVALID_CREDIT_CODE. */
export function checkCreditCode(raw: string): string {
  const code = raw.trim().toUpperCase();
  if (!isValidCreditCode(code)) {
    throw badInput(
      'INVALID_CREDIT_CODE',
      `${JSON.stringify(raw)} is not a valid unified social credit code (GB 32100-2015)`,
      {
        field: 'organization.creditCode',
      },
    );
  }
  return code;
}
