import { badInput } from '../errors/domain-error.js';

/** Dates the platform takes: years 1900 to 9999, well inside Postgres's timestamptz and JS's Date. */
export const DATE_LIMITS = { minYear: 1900, maxYear: 9999 } as const;

/** An ISO 8601 date-time (`2026-06-01T08:00:00Z`, `2026-06-01T08:00:00.123+08:00`) or date (`2026-06-01`). */
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * A client's date-time: an ISO 8601 string between the years 1900 and 9999. Anything else (a number,
 * `garbage`, `-010000-01-01T00:00:00Z` or `+275760-09-13T00:00:00Z`, which JavaScript takes and
 * Postgres refuses) is INVALID_DATE or DATE_OUT_OF_RANGE.
 */
export function parseDateTime(value: unknown, field = 'date'): Date {
  const date = typeof value === 'string' && ISO.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime()))
    throw badInput('INVALID_DATE', `${field} must be an ISO 8601 date-time such as 2026-06-01T08:00:00Z`, {
      field,
    });
  const year = date.getUTCFullYear();
  if (year < DATE_LIMITS.minYear || year > DATE_LIMITS.maxYear)
    throw badInput(
      'DATE_OUT_OF_RANGE',
      `${field} must be between the years ${DATE_LIMITS.minYear} and ${DATE_LIMITS.maxYear}`,
      { field, minYear: DATE_LIMITS.minYear, maxYear: DATE_LIMITS.maxYear },
    );
  return date;
}
