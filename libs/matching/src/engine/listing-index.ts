import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CHANNELS, type Channel, type Corpus, type DocTerms, type PerChannel } from '../scoring/index.js';
import type { ListingKind } from './listing-terms.entity.js';

const distinct = (terms: readonly string[]) => [...new Set(terms)].sort();
const minus = (a: readonly string[], b: ReadonlySet<string>) => a.filter((t) => !b.has(t));

/**
 * The matching index in Postgres: listing terms with GIN indexes, document frequencies and corpus
 * totals kept in step with them. Writes run in the caller's transaction, so that a listing's terms
 * and the statistics never disagree, whatever happens to the process.
 */
@Injectable()
export class ListingIndex {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Puts a listing's terms in the index (null: takes it out), adjusting df and totals by the difference. */
  async write(em: EntityManager, kind: ListingKind, id: string, terms: DocTerms | null): Promise<void> {
    const [old] = await em.query(
      `select words, bigrams from listing_terms where kind = $1 and id = $2 for update`,
      [kind, id],
    );
    const before: PerChannel<readonly string[]> | null = old
      ? { word: old.words, bigram: old.bigrams }
      : null;
    // unchanged (a re-match, an edit elsewhere than title and keywords): nothing to adjust, no GIN rewrite
    if (before && terms && CHANNELS.every((c) => before[c].join('\u0000') === terms[c].join('\u0000')))
      return;
    for (const channel of CHANNELS) {
      const was = distinct(before?.[channel] ?? []);
      const now = distinct(terms?.[channel] ?? []);
      await this.adjustDf(em, kind, channel, minus(now, new Set(was)), 1);
      await this.adjustDf(em, kind, channel, minus(was, new Set(now)), -1);
      const docs = (terms ? 1 : 0) - (before ? 1 : 0);
      const length = (terms?.[channel].length ?? 0) - (before?.[channel].length ?? 0);
      if (docs || length)
        await em.query(
          `insert into corpus_totals (kind, channel, doc_count, total_length) values ($1, $2, $3, $4)
           on conflict (kind, channel) do update set doc_count = corpus_totals.doc_count + $3, total_length = corpus_totals.total_length + $4`,
          [kind, channel, docs, length],
        );
    }
    if (terms)
      await em.query(
        `insert into listing_terms (kind, id, words, bigrams) values ($1, $2, $3, $4)
         on conflict (kind, id) do update set words = excluded.words, bigrams = excluded.bigrams`,
        [kind, id, terms.word, terms.bigram],
      );
    else if (before) await em.query(`delete from listing_terms where kind = $1 and id = $2`, [kind, id]);
  }

  private async adjustDf(
    em: EntityManager,
    kind: ListingKind,
    channel: Channel,
    terms: string[],
    delta: 1 | -1,
  ) {
    if (!terms.length) return;
    // sorted input: concurrent jobs lock shared terms in the same order and cannot deadlock
    await em.query(
      `insert into term_df (kind, channel, term, df) select $1, $2, t, $4 from unnest($3::text[]) with ordinality u(t, n) order by n
       on conflict (kind, channel, term) do update set df = term_df.df + excluded.df`,
      [kind, channel, terms, delta],
    );
    if (delta < 0)
      await em.query(`delete from term_df where kind = $1 and channel = $2 and term = any($3) and df <= 0`, [
        kind,
        channel,
        terms,
      ]);
  }

  /** The statistics BM25 needs for these query terms, read once per job. */
  async corpus(kind: ListingKind, queryTerms: PerChannel<readonly string[]>): Promise<Corpus> {
    const [dfRows, totals]: [
      Array<{ channel: Channel; term: string; df: number }>,
      Array<{ channel: Channel; docCount: number; totalLength: string }>,
    ] = await Promise.all([
      this.db.query(
        `select channel, term, df from term_df where kind = $1
             and ((channel = 'word' and term = any($2)) or (channel = 'bigram' and term = any($3)))`,
        [kind, distinct(queryTerms.word), distinct(queryTerms.bigram)],
      ),
      this.db.query(
        `select channel, doc_count as "docCount", total_length as "totalLength" from corpus_totals where kind = $1`,
        [kind],
      ),
    ]);
    const stats = (channel: Channel) => {
      const df = new Map(dfRows.filter((r) => r.channel === channel).map((r) => [r.term, r.df]));
      const t = totals.find((r) => r.channel === channel);
      const docCount = t?.docCount ?? 0;
      return {
        docCount,
        avgDocLength: docCount ? Number(t?.totalLength) / docCount : 0,
        docFreq: (term: string) => df.get(term) ?? 0,
      };
    };
    return { word: stats('word'), bigram: stats('bigram') };
  }

  /**
   * Listings of a kind holding any probe term, with their terms: GIN lookups. The probe terms come most
   * telling first (probeTerms); each channel keeps them while their listings add up to at most `budget`
   * (by document frequency; the first term always), which bounds the rows read. It used to be bounded by
   * a LIMIT instead, which made the planner expect to meet it early in a sequential scan and leave the
   * GIN indexes aside (1 s a need at 100k listings, against 0.1 s), and which kept the first rows in
   * table order, not the best: at 100k listings a need's probe holds 5,000 to 12,000 of them.
   */
  candidates(
    kind: ListingKind,
    probe: PerChannel<readonly string[]>,
    corpus: Corpus,
    budget: number,
  ): Promise<Array<{ id: string; words: string[]; bigrams: string[] }>> {
    const within = (channel: Channel) => {
      let total = 0;
      return probe[channel].filter(
        (term, i) => (total += corpus[channel].docFreq(term)) <= budget || i === 0,
      );
    };
    return this.db.query(
      `select id, words, bigrams from listing_terms where kind = $1 and (words && $2::text[] or bigrams && $3::text[])`,
      [kind, within('word'), within('bigram')],
    );
  }
}
