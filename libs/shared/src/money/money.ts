import { badInput } from '../errors/domain-error.js';

const MONEY = /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/;

/** Decimal yuan with at most 2 decimals, not negative, below 10^16; returned as "1500000.00". */
export function parseMoney(value: unknown, field = 'amount'): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !MONEY.test(text.trim())) {
    throw badInput(
      'INVALID_MONEY',
      `${field} must be decimal yuan with at most 2 decimals, not negative, below 10^16 (got ${JSON.stringify(value)})`,
      { field },
    );
  }
  const [whole, fraction = ''] = text.trim().split('.');
  return `${whole}.${fraction.padEnd(2, '0')}`;
}

/** Money kept as integer fen (分) for arithmetic; Postgres numeric(18,2) fits in a bigint of fen. */
export const toFen = (money: string): bigint => {
  const [whole, fraction = ''] = parseMoney(money).split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
};

export const fromFen = (fen: bigint): string => {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
};
