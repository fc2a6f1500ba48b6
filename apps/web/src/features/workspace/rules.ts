// The catalogue's text rules as the server checks them (libs/catalog/src/common/listing-text.ts):
// lengths counted in characters (code points), at most 20 keywords of at most 50 characters.

export const LIMITS = { title: 200, summary: 2000, description: 20000, keywords: 20, keyword: 50 } as const;

const chars = (text: string): number => [...text].length;

/** Why a text is refused, or null: required unless `optional`, trimmed, at most `max` characters. */
export function textProblem(value: string | null | undefined, max: number, optional = false): string | null {
  const text = value?.trim() ?? '';
  if (!text) return optional ? null : '必填';
  return chars(text) > max ? `最多 ${max} 字（现 ${chars(text)} 字）` : null;
}

/** Why a keyword list is refused, or null (blanks and repeats are dropped first, as the server does). */
export function keywordsProblem(keywords: readonly string[] | null | undefined): string | null {
  const unique = cleanKeywords(keywords);
  if (unique.length > LIMITS.keywords) return `最多 ${LIMITS.keywords} 个关键词`;
  const long = unique.find((k) => chars(k) > LIMITS.keyword);
  return long ? `关键词“${long.slice(0, 10)}…”超过 ${LIMITS.keyword} 字` : null;
}

export const cleanKeywords = (keywords: readonly string[] | null | undefined): string[] => [
  ...new Set((keywords ?? []).map((k) => k.trim()).filter(Boolean)),
];
