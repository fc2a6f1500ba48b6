import { refuse, type Refused } from './types.js';

/**
 * 技术合同登记号 (contract registration number): registration year (4 digits), the GB/T 2260 code of the
 * registering office's region (6 digits) and a serial within that year and region (6 digits,
 * 000001-999999). The canonical form is the 16 digits run together, as registration offices print
 * them (`2026220100000123`); `{ separated: true }` gives a display form `2026-220100-000123`.
 * The parser accepts both forms. Digits only keeps it sortable by year, then region, then serial.
 */
export interface ContractNumberParts {
  readonly year: number;
  readonly regionCode: string;
  readonly serial: number;
}

export const MAX_CONTRACT_SERIAL = 999_999;

const REGION = /^[1-9]\d{5}$/;
const PATTERN = /^([12]\d{3})-?([1-9]\d{5})-?(\d{6})$/;

const checkParts = (p: ContractNumberParts): boolean =>
  Number.isInteger(p.year) &&
  p.year >= 1000 &&
  p.year <= 2999 &&
  REGION.test(p.regionCode) &&
  Number.isInteger(p.serial) &&
  p.serial >= 1 &&
  p.serial <= MAX_CONTRACT_SERIAL;

/**
 * Formats a registration number. Throws RangeError for parts that cannot form one (a serial past
 * 999,999 means the office's yearly sequence overflowed: a programming or capacity error).
 */
export function formatContractNumber(
  parts: ContractNumberParts,
  options: { separated?: boolean } = {},
): string {
  if (!checkParts(parts)) throw new RangeError(`not contract number parts: ${JSON.stringify(parts)}`);
  const serial = String(parts.serial).padStart(6, '0');
  const sep = options.separated ? '-' : '';
  return `${parts.year}${sep}${parts.regionCode}${sep}${serial}`;
}

export type ParsedContractNumber =
  | ({ readonly ok: true; readonly canonical: string } & ContractNumberParts)
  | Refused<'INVALID_CONTRACT_NUMBER'>;

/** Parses either form (surrounding spaces ignored); both hyphens or none. */
export function parseContractNumber(text: string): ParsedContractNumber {
  const trimmed = text.trim();
  const m = PATTERN.exec(trimmed);
  if (!m || (trimmed.includes('-') && trimmed.split('-').length !== 3))
    return refuse('INVALID_CONTRACT_NUMBER');
  const parts = { year: Number(m[1]), regionCode: m[2]!, serial: Number(m[3]) };
  if (!checkParts(parts)) return refuse('INVALID_CONTRACT_NUMBER');
  return { ok: true, canonical: formatContractNumber(parts), ...parts };
}
