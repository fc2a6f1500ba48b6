import { queryTokens } from '@techmarket/shared';
import type { Corpus } from './search-corpus.js';
import { Random } from './search-random.js';
import { provinceShare } from './search-regions.js';

export interface SearchCase {
  text: string;
  tokens: string[];
  /** a province: the two-digit prefix of its codes */
  regionPrefix: string;
}

const SAMPLE = 20_000;
/** A common word is in 1–10 % of achievements (材料, 性能, 系统…), a less common one in 0.05–0.5 %. */
const COMMON = [0.01, 0.1];
const LESS_COMMON = [0.0005, 0.005];
const FIXED = ['材料 性能', '镁合金 挤压'];

/**
 * Two-word queries as visitors type them: a common and a less common word (one query in four: two common
 * words) that occur together in one generated achievement, each with a province drawn by research share.
 */
export function searchCases(corpus: Corpus, count: number): { cases: SearchCase[]; summary: string } {
  const random = new Random(42);
  const docs = Array.from({ length: SAMPLE }, () => corpus.generate(random).words);
  const df = new Map<string, number>();
  for (const words of docs) for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  const within = (w: string, [lo, hi]: number[]) => {
    const share = (df.get(w) ?? 0) / SAMPLE;
    return share >= lo && share <= hi;
  };
  const texts = [...FIXED];
  for (let tries = 0; texts.length < count && tries < count * 50; tries += 1) {
    const words = [...random.pick(docs)];
    const common = words.filter((w) => within(w, COMMON));
    const rare = words.filter((w) => within(w, LESS_COMMON));
    // one query in four pairs two common words (材料 性能), the rest a common and a less common one
    const second = texts.length % 4 === 0 ? common : rare;
    const first = random.pick(common);
    const other = second.filter((w) => w !== first && !w.includes(first) && !first.includes(w));
    if (common.length && other.length) texts.push(`${first} ${random.pick(other)}`);
  }
  const cases = texts.map((text) => ({
    text,
    tokens: queryTokens(text),
    regionPrefix: provinceShare.pick(random),
  }));
  const share = (w: string) => `${(((df.get(w) ?? 0) / SAMPLE) * 100).toFixed(2)}%`;
  const summary = cases
    .slice(0, 6)
    .map((c) => `${c.tokens.map((t) => `${t} (${share(t)})`).join(' + ')} in ${c.regionPrefix}`)
    .join('; ');
  return { cases, summary };
}
