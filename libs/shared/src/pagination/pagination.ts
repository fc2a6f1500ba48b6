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

export function decodeCursor(
  cursor: string | null | undefined,
  arity: number,
): Array<string | number> | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values as Array<string | number>;
    }
  } catch {
    // fall through to the refusal
  }
  throw badInput('INVALID_CURSOR', 'after is not a cursor this list gave out');
}
