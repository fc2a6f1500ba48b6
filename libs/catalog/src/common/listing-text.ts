import { badInput } from '@techmarket/shared';

export const LIMITS = {
  title: 200,
  summary: 2000,
  description: 20000,
  keywords: 20,
  keyword: 50,
  name: 100,
  bio: 2000,
};

/** Trimmed text of at most `max` characters (counted as characters, not UTF-16 units); required unless `optional`. */
export function checkText(
  value: string | null | undefined,
  field: keyof typeof LIMITS,
  optional = false,
): string | null {
  const text = value?.trim() ?? '';
  if (!text) {
    if (optional) return null;
    throw badInput(`${field.toUpperCase()}_REQUIRED`, `${field} is required`, { field });
  }
  if ([...text].length > LIMITS[field]) {
    throw badInput(
      `${field.toUpperCase()}_TOO_LONG`,
      `${field} must be at most ${LIMITS[field]} characters`,
      { field, max: LIMITS[field] },
    );
  }
  return text;
}

/** At most 20 keywords (or research areas) of at most 50 characters each; blanks and repeats dropped. */
export function checkKeywords(keywords: readonly string[] | null | undefined, field = 'keywords'): string[] {
  const unique = [...new Set((keywords ?? []).map((k) => k.trim()).filter(Boolean))];
  if (unique.length > LIMITS.keywords) {
    throw badInput('TOO_MANY_KEYWORDS', `at most ${LIMITS.keywords} keywords`, {
      field,
      max: LIMITS.keywords,
    });
  }
  const long = unique.find((k) => [...k].length > LIMITS.keyword);
  if (long)
    throw badInput(
      'KEYWORD_TOO_LONG',
      `keyword "${long.slice(0, 20)}…" is longer than ${LIMITS.keyword} characters`,
      { field },
    );
  return unique;
}
