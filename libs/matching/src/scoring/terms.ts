import { indexTokens } from '../../../shared/src/text/segmenter.js';
import type { DocTerms } from './types.js';

/**
 * Words that say nothing about a topic: function words, and the stock phrases of needs and
 * achievements (技术, 研发, 产业化, 公司, 需求...). Dropped from queries only; the index keeps every token.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    '的 了 和 与 及 或 等 在 是 为 对 以 于 由 从 将 把 被 其 该 此 这 那 我 我们 公司 本 企业 项目 需求 ' +
    '需要 要求 问题 目前 现有 进行 通过 实现 提高 解决 主要 一种 一个 以及 同时 具有 能够 可以 如何 方面 ' +
    '相关 研究 技术 开发 研发 应用 产业化 方法 合作 希望 寻求 国内 国外 我国 达到 提供 使用 采用 存在 ' +
    '较 更 很 不 有 无 但 而 并 且 也 都 就 还 又 已 已经 所 用 上 下 中 内 外'
  ).split(' '),
);

const RUN = /[\p{L}\p{N}]+/gu;
const DIGITS = /^\p{N}+$/u;

/** Overlapping character pairs inside each run of letters and digits: 镁合金挤压 → 镁合, 合金, 金挤, 挤压. */
export function charBigrams(text: string | null | undefined): string[] {
  const out: string[] = [];
  for (const run of text?.toLowerCase().match(RUN) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  }
  return out;
}

/** Index-side analysis of a listing's topical text (an achievement's title and keywords). */
export function docTerms(...texts: (string | null | undefined)[]): DocTerms {
  return {
    word: texts.flatMap((t) => indexTokens(t)),
    bigram: texts.flatMap((t) => charBigrams(t)),
  };
}

/** Query-side words: search-mode tokens without stop words and bare numbers. */
export function contentWords(text: string | null | undefined): string[] {
  return indexTokens(text).filter((t) => !STOP_WORDS.has(t) && !DIGITS.test(t));
}

/** Query-side bigrams: a pair that is itself a stock word (技术, 方法, 研究) finds nothing worth finding. */
export function contentBigrams(text: string | null | undefined): string[] {
  return charBigrams(text).filter((b) => !STOP_WORDS.has(b));
}
