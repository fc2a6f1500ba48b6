import { badInput } from '../errors/domain-error.js';

export const MAX_PAGE_SIZE = 100;

/** `first` must be 0..100: larger pages are refused, not silently cut. */
export function checkPageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput('INVALID_PAGE_SIZE', `first must be between 0 and ${MAX_PAGE_SIZE} (got ${size})`, {
      max: MAX_PAGE_SIZE,
    });
  }
  return size;
}

/**
 * A timestamptz column as text to the microsecond, as Postgres keeps it, for a keyset cursor: a Date
 * keeps only the millisecond, and rows created within the same millisecond as a page's last row would
 * then be skipped by the next page.
 */
export const cursorTime = (column: string): string =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Cursors are opaque to clients: base64url of the keyset values of the last row seen. */
export function encodeCursor(values: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/**
 * What each position of a cursor holds: a row's creation time as `cursorTime` writes it, a uuid, a
 * number (a score), or a rank (a decimal text, or '' for none).
 */
export type CursorPart = 'time' | 'uuid' | 'number' | 'rank';

const TIME = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RANK = /^-?\d{1,12}(\.\d{1,12})?$/;

const fits: Record<CursorPart, (v: unknown) => boolean> = {
  time: (v) => {
    const m = typeof v === 'string' ? TIME.exec(v) : null;
    return !!m && Number(m[1]) >= 1900 && Number(m[1]) <= 9999 && !Number.isNaN(Date.parse(v as string));
  },
  uuid: (v) => typeof v === 'string' && UUID_TEXT.test(v),
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  rank: (v) => v === '' || (typeof v === 'string' && RANK.test(v)),
};

/**
 * The keyset values of a cursor this list gave out, each of the kind `parts` names. A tampered
 * cursor, or one from a list of another shape, is INVALID_CURSOR before it reaches any SQL.
 */
export function decodeCursor(
  cursor: string | null | undefined,
  parts: readonly CursorPart[],
): Array<string | number> | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === parts.length &&
      values.every((v, i) => fits[parts[i]](v))
    ) {
      return values as Array<string | number>;
    }
  } catch {
    // fall through to the refusal
  }
  throw badInput('INVALID_CURSOR', 'after is not a cursor this list gave out', { field: 'after' });
}
