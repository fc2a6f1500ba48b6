import {
  CHANNELS,
  type CandidateSource,
  type Channel,
  type Corpus,
  type CorpusStats,
  type PerChannel,
  type TextDoc,
} from './types.js';

/** One channel's inverted index: term → the positions of the listings that contain it. */
class ChannelIndex implements CorpusStats {
  private readonly postings = new Map<string, number[]>();
  private totalLength = 0;
  docCount = 0;

  add(position: number, terms: readonly string[]): void {
    this.docCount++;
    this.totalLength += terms.length;
    for (const term of new Set(terms)) {
      const list = this.postings.get(term);
      if (list) list.push(position);
      else this.postings.set(term, [position]);
    }
  }

  get avgDocLength(): number {
    return this.docCount ? this.totalLength / this.docCount : 0;
  }

  docFreq(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  positions(term: string): readonly number[] {
    return this.postings.get(term) ?? [];
  }
}

/**
 * The catalogue in memory, for the offline evaluation and tests: the same two things Postgres
 * provides online, corpus statistics per channel and candidates by term lookup.
 */
export class MemoryIndex implements CandidateSource {
  private readonly docs: TextDoc[] = [];
  private readonly channels: Record<Channel, ChannelIndex> = {
    word: new ChannelIndex(),
    bigram: new ChannelIndex(),
  };
  readonly corpus: Corpus = this.channels;

  constructor(docs: Iterable<TextDoc> = []) {
    for (const doc of docs) this.add(doc);
  }

  add(doc: TextDoc): void {
    const position = this.docs.push(doc) - 1;
    for (const channel of CHANNELS) this.channels[channel].add(position, doc.terms[channel]);
  }

  get size(): number {
    return this.docs.length;
  }

  /** The listings holding at least one probe term, in catalogue order. */
  candidates(probe: PerChannel<readonly string[]>): TextDoc[] {
    const hit = new Set<number>();
    for (const channel of CHANNELS) {
      for (const term of probe[channel]) for (const p of this.channels[channel].positions(term)) hit.add(p);
    }
    return [...hit].sort((a, b) => a - b).map((p) => this.docs[p]);
  }
}
