import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CHANNELS,
  type Channel,
  type Corpus,
  type DocTerms,
  type PerChannel,
  type TextDoc,
} from '../scoring/index.js';
import { KeptDocs } from './kept-docs.js';
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
  private readonly kept = new KeptDocs();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Puts a listing's terms in the index (null: takes it out), adjusting df and totals by the difference. */
  write(em: EntityManager, kind: ListingKind, id: string, terms: DocTerms | null): Promise<void> {
    return this.writeMany(em, kind, [{ id, terms }]);
  }

  /**
   * `write` for many listings of a kind in the caller's transaction: their rows locked in id order, and the
   * df of every term they change adjusted by one statement per channel, in term order (so that concurrent
   * runs lock shared rows in the same order and cannot deadlock). An unchanged listing (a re-match, an
   * edit elsewhere than title and keywords) adjusts nothing and rewrites no GIN entry.
   */
  async writeMany(
    em: EntityManager,
    kind: ListingKind,
    entries: ReadonlyArray<{ id: string; terms: DocTerms | null }>,
  ): Promise<void> {
    if (!entries.length) return;
    const rows: Array<{ id: string; words: string[]; bigrams: string[] }> = await em.query(
      `select id, words, bigrams from listing_terms where kind = $1 and id = any($2::uuid[]) order by id for update`,
      [kind, distinct(entries.map((e) => e.id))],
    );
    const old = new Map(rows.map((r) => [r.id, { word: r.words, bigram: r.bigrams }]));
    const df = { word: new Map<string, number>(), bigram: new Map<string, number>() };
    const totals = { word: { docs: 0, length: 0 }, bigram: { docs: 0, length: 0 } };
    const put: Array<{ id: string; terms: DocTerms }> = [];
    const removed: string[] = [];
    // a listing named twice counts once, as the last entry says
    for (const [id, terms] of new Map(entries.map((e) => [e.id, e.terms]))) {
      const before: PerChannel<readonly string[]> | null = old.get(id) ?? null;
      if (before && terms && CHANNELS.every((c) => before[c].join('\u0000') === terms[c].join('\u0000')))
        continue;
      for (const channel of CHANNELS) {
        const was = distinct(before?.[channel] ?? []);
        const now = distinct(terms?.[channel] ?? []);
        for (const t of minus(now, new Set(was))) df[channel].set(t, (df[channel].get(t) ?? 0) + 1);
        for (const t of minus(was, new Set(now))) df[channel].set(t, (df[channel].get(t) ?? 0) - 1);
        totals[channel].docs += (terms ? 1 : 0) - (before ? 1 : 0);
        totals[channel].length += (terms?.[channel].length ?? 0) - (before?.[channel].length ?? 0);
      }
      if (terms) put.push({ id, terms });
      else if (before) removed.push(id);
    }
    for (const channel of CHANNELS) {
      await this.adjustDf(em, kind, channel, df[channel]);
      const { docs, length } = totals[channel];
      if (docs || length)
        await em.query(
          `insert into corpus_totals (kind, channel, doc_count, total_length) values ($1, $2, $3, $4)
           on conflict (kind, channel) do update set doc_count = corpus_totals.doc_count + $3, total_length = corpus_totals.total_length + $4`,
          [kind, channel, docs, length],
        );
    }
    for (const { id, terms } of put)
      await em.query(
        `insert into listing_terms (kind, id, words, bigrams) values ($1, $2, $3, $4)
         on conflict (kind, id) do update set words = excluded.words, bigrams = excluded.bigrams`,
        [kind, id, terms.word, terms.bigram],
      );
    if (removed.length)
      await em.query(`delete from listing_terms where kind = $1 and id = any($2::uuid[])`, [kind, removed]);
  }

  private async adjustDf(
    em: EntityManager,
    kind: ListingKind,
    channel: Channel,
    deltas: ReadonlyMap<string, number>,
  ) {
    const changed = [...deltas].filter(([, d]) => d !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (!changed.length) return;
    // sorted input: concurrent jobs lock shared terms in the same order and cannot deadlock
    await em.query(
      `insert into term_df (kind, channel, term, df) select $1, $2, t, d from unnest($3::text[], $4::int[]) with ordinality u(t, d, n) order by n
       on conflict (kind, channel, term) do update set df = term_df.df + excluded.df`,
      [kind, channel, changed.map(([t]) => t), changed.map(([, d]) => d)],
    );
    const fallen = changed.filter(([, d]) => d < 0).map(([t]) => t);
    if (fallen.length)
      await em.query(`delete from term_df where kind = $1 and channel = $2 and term = any($3) and df <= 0`, [
        kind,
        channel,
        fallen,
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
   * Listings of a kind holding any probe term: GIN lookups, one per probe, in one statement for many
   * subjects (entry i: the ids probe i reaches). The probe terms come most telling first (probeTerms); each
   * channel keeps them while their listings add up to at most `budget` (by document frequency; the first
   * term always), which bounds the rows read. It used to be bounded by a LIMIT instead, which made the
   * planner expect to meet it early in a sequential scan and leave the GIN indexes aside (1 s a need at
   * 100k listings, against 0.1 s), and which kept the first rows in table order, not the best: at 100k
   * listings a need's probe holds 5,000 to 12,000 of them.
   */
  async reached(
    kind: ListingKind,
    probes: ReadonlyArray<{ probe: PerChannel<readonly string[]>; corpus: Corpus }>,
    budget: number,
  ): Promise<string[][]> {
    const within = (probe: PerChannel<readonly string[]>, corpus: Corpus, channel: Channel) => {
      let total = 0;
      return probe[channel].filter(
        (term, i) => (total += corpus[channel].docFreq(term)) <= budget || i === 0,
      );
    };
    const out = probes.map((): string[] => []);
    if (!probes.length) return out;
    const rows: Array<{ i: number; id: string }> = await this.db.query(
      `with q as (select i::int - 1 as i, array(select jsonb_array_elements_text(p->'word')) as w,
                    array(select jsonb_array_elements_text(p->'bigram')) as b
                  from jsonb_array_elements($2::jsonb) with ordinality x(p, i))
       select q.i, l.id from q cross join lateral
         (select id from listing_terms t where t.kind = $1 and (t.words && q.w or t.bigrams && q.b)) l`,
      [
        kind,
        JSON.stringify(
          probes.map(({ probe, corpus }) => ({
            word: within(probe, corpus, 'word'),
            bigram: within(probe, corpus, 'bigram'),
          })),
        ),
      ],
    );
    for (const r of rows) out[r.i].push(r.id);
    return out;
  }

  /**
   * The stored terms of these listings of a kind (those still indexed), as docs to score. The worker keeps
   * the docs it read, each with the row version it read (xmin: any rewrite of the row changes it), so that
   * a listing is read again only once it changed: a batch of needs at 100k listings reaches most of the
   * catalogue, and reading and parsing those term arrays for every batch was most of a re-match's time.
   */
  async docs(kind: ListingKind, ids: readonly string[]): Promise<Map<string, TextDoc>> {
    if (!ids.length) return new Map();
    const versions: Array<{ id: string; v: string }> = await this.db.query(
      `select id, xmin::text as v from listing_terms where kind = $1 and id = any($2::uuid[])`,
      [kind, ids],
    );
    const stale = versions.filter((r) => this.kept.get(kind, r.id)?.version !== r.v).map((r) => r.id);
    if (stale.length) {
      const rows: Array<{ id: string; v: string; words: string[]; bigrams: string[] }> = await this.db.query(
        `select id, xmin::text as v, words, bigrams from listing_terms where kind = $1 and id = any($2::uuid[])`,
        [kind, stale],
      );
      for (const r of rows) this.kept.set(kind, r.id, r.v, { word: r.words, bigram: r.bigrams });
    }
    const out = new Map<string, TextDoc>();
    for (const { id } of versions) {
      const doc = this.kept.get(kind, id)?.doc;
      if (doc) out.set(id, doc);
    }
    return out;
  }
}
