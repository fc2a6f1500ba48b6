import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** What can be matched, by kind: listed achievements, open needs, experts. */
export type ListingKind = 'ACHIEVEMENT' | 'NEED' | 'EXPERT';

/**
 * The matching index: each matchable listing's terms per channel (jieba words, character bigrams),
 * GIN-indexed so that candidates come from term lookups, never from a scan of the catalogue.
 * Written by the worker, which keeps the document frequencies below in step in the same transaction.
 */
@Entity('listing_terms')
@Index('ix_listing_terms_words', { synchronize: false }) // GIN (words), created by the migration
@Index('ix_listing_terms_bigrams', { synchronize: false }) // GIN (bigrams), created by the migration
export class ListingTermsEntity {
  @PrimaryColumn({ type: 'varchar', length: 12 }) kind: ListingKind;
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ type: 'text', array: true }) words: string[];
  @Column({ type: 'text', array: true }) bigrams: string[];
}

/** How many listings of a kind contain a term (per channel): BM25's document frequency. */
@Entity('term_df')
export class TermDfEntity {
  @PrimaryColumn({ type: 'varchar', length: 12 }) kind: ListingKind;
  @PrimaryColumn({ type: 'varchar', length: 8 }) channel: 'word' | 'bigram';
  @PrimaryColumn({ type: 'text' }) term: string;
  @Column({ type: 'int' }) df: number;
}

/** Listings and their total term count per kind and channel: BM25's N and average length. */
@Entity('corpus_totals')
export class CorpusTotalsEntity {
  @PrimaryColumn({ type: 'varchar', length: 12 }) kind: ListingKind;
  @PrimaryColumn({ type: 'varchar', length: 8 }) channel: 'word' | 'bigram';
  @Column({ type: 'int', default: 0 }) docCount: number;
  @Column({ type: 'bigint', default: 0 }) totalLength: string;
}
