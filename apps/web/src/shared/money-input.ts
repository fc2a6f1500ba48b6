// A price typed in 元 or 万元 becomes the yuan decimal string the API takes (the server's rule: not
// negative, at most 2 decimals of a yuan, below 10^16 yuan); empty means 面议 (null). No floats.
import { fenToYuan, yuanToFen, type Yuan } from './money';

export type MoneyUnit = '元' | '万元';

export const MONEY_UNITS: readonly MoneyUnit[] = ['元', '万元'];

const DECIMALS: Record<MoneyUnit, number> = { 元: 2, 万元: 6 };
const LIMIT_FEN = 10n ** 18n; // 10^16 yuan

/** Why `text` in `unit` is not an amount the server takes, or null when it is (or is empty: 面议). */
export function moneyInputProblem(text: string | null | undefined, unit: MoneyUnit): string | null {
  const t = (text ?? '').trim();
  if (!t) return null;
  if (t.startsWith('-')) return '金额不能为负数';
  const m = /^(\d+)(?:\.(\d+))?$/.exec(t);
  if (!m) return '请输入数字金额';
  if ((m[2] ?? '').length > DECIMALS[unit])
    return unit === '元' ? '金额最多两位小数（精确到分）' : '以万元计最多六位小数（精确到分）';
  return toFenIn(m[1]!, m[2] ?? '', unit) >= LIMIT_FEN ? '金额过大' : null;
}

/** Fen: a yuan to 2 places and a 万元 to 6 places are both counted in fen. */
function toFenIn(whole: string, fraction: string, unit: MoneyUnit): bigint {
  return BigInt(whole + fraction.padEnd(DECIMALS[unit], '0'));
}

/** The yuan string to send ("450000.00"), null for 面议 (empty); throws what moneyInputProblem says. */
export function moneyInputToYuan(text: string | null | undefined, unit: MoneyUnit): Yuan | null {
  const problem = moneyInputProblem(text, unit);
  if (problem) throw new Error(problem);
  const t = (text ?? '').trim();
  if (!t) return null;
  const [whole, fraction = ''] = t.split('.');
  return fenToYuan(toFenIn(whole!, fraction, unit));
}

/** An amount from the API back into the form: 万元 from 10,000 yuan up, trailing zeros dropped. */
export function yuanToMoneyInput(yuan: Yuan | null | undefined): { amount: string; unit: MoneyUnit } {
  if (yuan === null || yuan === undefined || yuan === '') return { amount: '', unit: '万元' };
  const fen = yuanToFen(yuan);
  const unit: MoneyUnit = fen >= 1_000_000n ? '万元' : '元';
  const perUnit = unit === '万元' ? 1_000_000n : 100n;
  const places = DECIMALS[unit];
  const fraction = ((fen % perUnit) * 10n ** BigInt(places)) / perUnit;
  const decimals = fraction.toString().padStart(places, '0').replace(/0+$/, '');
  return { amount: `${fen / perUnit}${decimals ? `.${decimals}` : ''}`, unit };
}
