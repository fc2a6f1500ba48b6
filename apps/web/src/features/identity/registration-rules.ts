// What the server checks of a registration, checked in the browser first (libs/identity: credit-code.ts
// and dto/register.input.ts). The server stays the judge; these only save a round trip.

/** GB 32100-2015 unified social credit code: 0-9 and A-Z without I, O, S, V, Z. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

/** The 18th character the first 17 call for, or null when they hold a character outside the set. */
export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) return null;
    sum += value * WEIGHTS[i]!;
  }
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Why a credit code is refused (as the server's INVALID_CREDIT_CODE would), or null when it is valid. */
export function creditCodeProblem(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  if (!code) return '请输入统一社会信用代码';
  if (code.length !== 18) return `统一社会信用代码应为 18 位，现为 ${code.length} 位`;
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return '统一社会信用代码含有无效字符（不使用 I、O、S、V、Z）';
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return '统一社会信用代码校验位不正确';
  return null;
}

export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少 ${MIN_PASSWORD_LENGTH} 位`;
  if (password.length > MAX_PASSWORD_LENGTH) return `密码最多 ${MAX_PASSWORD_LENGTH} 位`;
  return null;
}

/** A plain check of the form the server's IsEmail accepts: one @, a dotted domain, no spaces, ≤ 254. */
export function emailProblem(email: string): string | null {
  const e = email.trim();
  if (!e) return '请输入邮箱';
  if (e.length > 254 || !/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(e)) return '请输入有效的邮箱';
  return null;
}
