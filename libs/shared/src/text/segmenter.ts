import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

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

/** Query side: the coarse cut, so that every word the visitor typed must be found. */
export const queryTokens = (text: string | null | undefined): string[] =>
  text ? clean(instance().cut(text, false)) : [];
