/**
 * The text model of matching, separated from where the corpus lives: offline an in-memory index
 * (memory-index.ts), online Postgres (a GIN-indexed array of terms per listing, a term → df table).
 */

/** Two analyses of the same text: jieba search-mode words, and character bigrams for compounds. */
export type Channel = 'word' | 'bigram';
export const CHANNELS: readonly Channel[] = ['word', 'bigram'];

export type PerChannel<T> = Readonly<Record<Channel, T>>;

/** A listing's index terms per channel, repeats kept (their count is the term frequency). */
export type DocTerms = PerChannel<readonly string[]>;

/** What BM25 needs to know about the whole catalogue, per channel. */
export interface CorpusStats {
  /** listings in the catalogue (those that can be matched) */
  readonly docCount: number;
  /** mean number of index terms per listing */
  readonly avgDocLength: number;
  /** how many listings contain the term at least once (0 for an unknown term) */
  docFreq(term: string): number;
}
export type Corpus = PerChannel<CorpusStats>;

/** A candidate listing as the scorer sees it: its id and its index terms. */
export interface TextDoc {
  readonly id: string;
  readonly terms: DocTerms;
}

/** The listings that contain at least one of the probe terms, from an inverted index, never a scan. */
export interface CandidateSource {
  candidates(probe: PerChannel<readonly string[]>): TextDoc[] | Promise<TextDoc[]>;
}

/** A need (or any query text) turned into weighted terms per channel. */
export interface TextQuery {
  readonly weights: PerChannel<ReadonlyMap<string, number>>;
  /** the terms of the title and keywords: the need's own words, used to normalise and to explain */
  readonly headTerms: PerChannel<ReadonlySet<string>>;
}

/** The text side of one candidate: the raw fused score, its [0,1] form and the shared words. */
export interface TextMatch {
  readonly id: string;
  readonly raw: number;
  readonly score: number;
  readonly shared: readonly string[];
}
