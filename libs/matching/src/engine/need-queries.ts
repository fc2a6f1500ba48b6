import { type NeedText, needQuery, type TextQuery } from '../scoring/index.js';

/**
 * Each need's query (needQuery: jieba over its title, keywords and description), kept by the worker while
 * the need's text stays the same. An achievement's run scores it against every open need its probe reaches,
 * each pair from the need's side; building those queries again for every pair was half of a full re-match's
 * CPU. The text is the key, so an edited need is analysed afresh; the least recently used go past `size`.
 */
export class NeedQueries {
  private readonly kept = new Map<string, { text: string; query: TextQuery }>();

  constructor(private readonly size = 20_000) {}

  get(need: NeedText & { id: string }): TextQuery {
    const text = [need.title, need.description ?? '', ...(need.keywords ?? [])].join('\u0000');
    const hit = this.kept.get(need.id);
    this.kept.delete(need.id);
    const query = hit?.text === text ? hit.query : needQuery(need);
    this.kept.set(need.id, { text, query });
    if (this.kept.size > this.size) this.kept.delete(this.kept.keys().next().value as string);
    return query;
  }
}
