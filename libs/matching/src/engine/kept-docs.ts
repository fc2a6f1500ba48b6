import type { DocTerms, TextDoc } from '../scoring/index.js';

/**
 * Listings' index terms as the worker last read them, each with its row version, as ready-made docs; the
 * terms interned (one string per distinct term, whichever listing it came from), so that a catalogue's
 * docs share their strings. Past `size` docs (or `vocabulary` terms) the oldest half is forgotten.
 */
export class KeptDocs {
  private readonly byKind = new Map<string, Map<string, { version: string; doc: TextDoc }>>();
  private readonly terms = new Map<string, string>();
  private count = 0;

  constructor(
    private readonly size = 250_000,
    private readonly vocabulary = 2_000_000,
  ) {}

  get(kind: string, id: string): { version: string; doc: TextDoc } | undefined {
    return this.byKind.get(kind)?.get(id);
  }

  set(kind: string, id: string, version: string, terms: DocTerms): void {
    if (this.terms.size > this.vocabulary) this.terms.clear();
    const intern = (list: readonly string[]) =>
      list.map((t) => {
        const kept = this.terms.get(t);
        if (kept !== undefined) return kept;
        this.terms.set(t, t);
        return t;
      });
    let docs = this.byKind.get(kind);
    if (!docs) this.byKind.set(kind, (docs = new Map()));
    if (docs.delete(id)) this.count--;
    docs.set(id, { version, doc: { id, terms: { word: intern(terms.word), bigram: intern(terms.bigram) } } });
    if (++this.count > this.size) this.forgetOldestHalf();
  }

  private forgetOldestHalf(): void {
    for (const docs of this.byKind.values()) {
      let drop = Math.ceil(docs.size / 2);
      for (const id of docs.keys()) {
        if (drop-- <= 0) break;
        docs.delete(id);
        this.count--;
      }
    }
  }
}
