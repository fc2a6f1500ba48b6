import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { badInput } from '../errors/domain-error.js';

/** A search is a few words: longer text would bind a term per word and ask Postgres for a huge plan. */
export const SEARCH_LIMITS = { characters: 200, words: 20 } as const;

/** One dictionary load per process (~1 s); jieba is synchronous and fast (~µs per title). */
let jieba: Jieba | null = null;
const instance = () => (jieba ??= Jieba.withDict(dict));

/** Letters and digits of any script: what is left of a token after punctuation is dropped. */
const WORD = /[\p{L}\p{N}]+/gu;

function clean(tokens: string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const word = (token.toLowerCase().match(WORD) ?? []).join('');
    if (word) out.push(word);
  }
  return out;
}

/** Index side: search mode, so that 高强度镁合金 yields 高强, 强度, 高强度, 合金, 镁合金. */
export const indexTokens = (text: string | null | undefined): string[] =>
  text ? clean(instance().cutForSearch(text, true)) : [];

/** A search text of at most SEARCH_LIMITS.characters characters (QUERY_TOO_LONG otherwise), trimmed. */
export function checkSearchQuery(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  if ([...trimmed].length > SEARCH_LIMITS.characters)
    throw badInput('QUERY_TOO_LONG', `query must be at most ${SEARCH_LIMITS.characters} characters`, {
      field: 'query',
      max: SEARCH_LIMITS.characters,
    });
  return trimmed || null;
}

/**
 * Query side: the coarse cut, so that every word the visitor typed must be found. At most
 * SEARCH_LIMITS.characters characters (QUERY_TOO_LONG) and SEARCH_LIMITS.words distinct words
 * (TOO_MANY_SEARCH_WORDS): each word is a bound term of the search's SQL.
 */
export function queryTokens(text: string | null | undefined): string[] {
  const checked = checkSearchQuery(text);
  const tokens = checked ? clean(instance().cut(checked, false)) : [];
  if (new Set(tokens).size > SEARCH_LIMITS.words)
    throw badInput('TOO_MANY_SEARCH_WORDS', `query must have at most ${SEARCH_LIMITS.words} words`, {
      field: 'query',
      max: SEARCH_LIMITS.words,
    });
  return tokens;
}
