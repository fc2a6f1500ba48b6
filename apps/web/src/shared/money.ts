// Amounts travel as yuan strings ("450000.00"); arithmetic happens in fen (bigint), never in floats.

export type Yuan = string;

const YUAN = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/** "123.4" → 12340n. Throws on anything that is not a yuan amount with at most two decimals. */
export function yuanToFen(yuan: Yuan): bigint {
  const m = YUAN.exec(yuan.trim());
  if (!m) throw new Error(`不是有效金额: ${yuan}`);
  const fen = BigInt(m[2]!) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -fen : fen;
}

/** 12340n → "123.40" (the API's form). */
export function fenToYuan(fen: bigint): Yuan {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

export const isYuan = (text: string): boolean => YUAN.test(text.trim());

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Fen shown with two decimals and thousands separators, rounded half up at `scale` fen per unit. */
function formatScaled(fen: bigint, scale: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  const cents = (abs * 100n + scale / 2n) / scale; // hundredths of the unit
  return `${sign}${groupThousands((cents / 100n).toString())}.${(cents % 100n).toString().padStart(2, '0')}`;
}

/**
 * How an amount is shown: "9,999.00 元" below 10,000, "45.00 万元" from 10,000 up, "面议" without a price.
 */
export function formatMoney(yuan: Yuan | null | undefined): string {
  if (yuan === null || yuan === undefined || yuan === '') return '面议';
  const fen = yuanToFen(yuan);
  const abs = fen < 0n ? -fen : fen;
  return abs >= 1_000_000n ? `${formatScaled(fen, 1_000_000n)} 万元` : `${formatScaled(fen, 100n)} 元`;
}

/** The next `count` valid bids above `current` by `increment` (the first is current + increment). */
export function nextValidBids(current: Yuan, increment: Yuan, count = 3): Yuan[] {
  const base = yuanToFen(current);
  const step = yuanToFen(increment);
  if (step <= 0n) throw new Error('加价幅度必须大于零');
  return Array.from({ length: count }, (_, i) => fenToYuan(base + step * BigInt(i + 1)));
}
