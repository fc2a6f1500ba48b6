import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { indexTokens, queryTokens } from '@techmarket/shared';
import { projectRoot } from '../project-root.js';
import type { Random } from './search-random.js';

/** A piece of real text with its index tokens (jieba search mode) and query words (coarse cut), cut once. */
interface Piece {
  text: string;
  tokens: string[];
  words: string[];
}

interface Paper {
  titleWords: string[];
  sentences: Piece[];
  keywords: Piece[];
  fieldCodes: string[];
  discipline: string;
}

/** One generated achievement: texts as stored, and the tokens of its weighted search vector. */
export interface GeneratedText {
  title: string;
  summary: string;
  keywords: string[];
  fieldCodes: string[];
  /** space-joined tokens: title (A), keywords (B), summary (C) */
  vectorA: string;
  vectorB: string;
  vectorC: string;
  /** distinct coarse words of the whole text, for picking realistic queries */
  words: Set<string>;
}

const CJK_WORD = /^\p{Script=Han}{2,}$/u;
/** A sentence ends at a Chinese or Western stop that is not a decimal point. */
const SENTENCE_END = /(?<=[。；！？;!?]|\.(?!\d))/u;

const piece = (text: string): Piece => ({
  text,
  tokens: indexTokens(text),
  words: queryTokens(text).filter((w) => CJK_WORD.test(w)),
});

/**
 * Achievements recombined from the 1,438 CSL papers of science and engineering: a title spliced from two
 * titles of one discipline, an abstract of sentences from that discipline's papers, the base paper's
 * keywords. Every word is a real one in its real context, so word frequencies are those of real text.
 */
export class Corpus {
  private readonly papers: Paper[] = [];
  private readonly byDiscipline = new Map<string, Paper[]>();
  private readonly jieba = Jieba.withDict(dict);

  constructor() {
    const root = join(projectRoot(), 'data', 'demo');
    const fieldsOf = JSON.parse(readFileSync(join(root, 'discipline-fields.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const lines = readFileSync(join(root, 'csl_papers.jsonl'), 'utf8').split('\n').filter(Boolean);
    for (const line of lines) {
      const p = JSON.parse(line) as {
        title: string;
        abstract: string;
        keywords: string[];
        discipline: string;
      };
      const fieldCodes = fieldsOf[p.discipline];
      if (!Array.isArray(fieldCodes)) continue;
      const paper: Paper = {
        titleWords: this.jieba.cut(p.title, false),
        sentences: p.abstract
          .split(SENTENCE_END)
          .map((s) => s.trim())
          .filter((s) => [...s].length >= 8)
          .map(piece),
        keywords: p.keywords
          .map((k) => k.trim())
          .filter((k) => k && [...k].length <= 50)
          .map(piece),
        fieldCodes: fieldCodes as string[],
        discipline: p.discipline,
      };
      if (!paper.sentences.length) continue;
      this.papers.push(paper);
      const list = this.byDiscipline.get(p.discipline) ?? [];
      list.push(paper);
      this.byDiscipline.set(p.discipline, list);
    }
  }

  get size(): number {
    return this.papers.length;
  }

  generate(random: Random): GeneratedText {
    const a = random.pick(this.papers);
    const kin = this.byDiscipline.get(a.discipline) as Paper[];
    const b = random.pick(kin);
    const title = this.title(random, a, b);
    const sentences = [...a.sentences.slice(0, random.int(1, 2))];
    for (let n = random.int(2, 4); n > 0; n -= 1) sentences.push(random.pick(random.pick(kin).sentences));
    const keywords = [...a.keywords];
    if (b.keywords.length && random.chance(0.5)) keywords.push(random.pick(b.keywords));
    const unique = [...new Map(keywords.map((k) => [k.text, k])).values()].slice(0, 20);
    let summary = '';
    const summaryTokens: string[] = [];
    const words = new Set<string>(queryTokens(title).filter((w) => CJK_WORD.test(w)));
    for (const s of sentences) {
      if (summary.length + s.text.length > 2000) break;
      summary += s.text;
      summaryTokens.push(...s.tokens);
      for (const w of s.words) words.add(w);
    }
    for (const k of unique) for (const w of k.words) words.add(w);
    return {
      title,
      summary,
      keywords: unique.map((k) => k.text),
      fieldCodes: random.chance(0.7) ? a.fieldCodes.slice(0, 1) : a.fieldCodes,
      vectorA: indexTokens(title).join(' '),
      vectorB: unique.flatMap((k) => k.tokens).join(' '),
      vectorC: summaryTokens.join(' '),
      words,
    };
  }

  /** The base title, or its first part joined to the second part of a kindred title; sometimes 一种…. */
  private title(random: Random, a: Paper, b: Paper): string {
    let words = a.titleWords;
    if (a !== b && a.titleWords.length >= 4 && b.titleWords.length >= 4 && random.chance(0.7)) {
      const i = random.int(Math.ceil(a.titleWords.length / 3), Math.floor((2 * a.titleWords.length) / 3));
      const j = random.int(Math.ceil(b.titleWords.length / 3), Math.floor((2 * b.titleWords.length) / 3));
      words = [...a.titleWords.slice(0, i), ...b.titleWords.slice(j)];
    }
    let title = words.join('').trim();
    if (!title.startsWith('一种') && random.chance(0.15)) title = `一种${title}`;
    return [...title].slice(0, 200).join('');
  }
}
