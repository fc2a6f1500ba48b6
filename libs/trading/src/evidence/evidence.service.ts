import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { appendEntry, type EvidenceVerification, verifyChain } from '../rules/index.js';

export interface EvidenceRow {
  index: number;
  kind: string;
  hash: string;
  prevHash: string | null;
  createdAt: Date;
}

/** The chain's head as read with the listing (under its row lock, or at the version a write is conditioned on), with the database clock of the step. */
export interface EvidenceHead {
  length: number;
  hash: string | null;
  at: Date | string;
}

/**
 * The entry that follows `head` in a listing's chain: its index, payload (the step's data with the
 * listing, index, kind and the database clock of the step) and hashes. Pure: the caller stores it.
 */
export function nextEvidenceEntry(
  listingId: string,
  head: EvidenceHead,
  kind: string,
  data: Record<string, unknown>,
) {
  const payload = { listingId, index: head.length, kind, at: new Date(head.at).toISOString(), ...data };
  return { index: head.length, ...appendEntry(head.hash ? { hash: head.hash } : null, payload) };
}

/** The per-listing hash chain of trading steps. Appends run inside the step's transaction, under the listing's row lock. */
@Injectable()
export class EvidenceService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async append(
    em: EntityManager,
    listingId: string,
    kind: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    const [head] = await em.query(
      `select evidence_length as length, evidence_head as hash, clock_timestamp() as at from trade_listings where id = $1`,
      [listingId],
    );
    const entry = nextEvidenceEntry(listingId, head, kind, data);
    // the entry and the listing's new head in one statement (one round trip, still one transaction)
    await em.query(
      `with entry as (
         insert into evidence_entries (listing_id, index, kind, payload, prev_hash, hash) values ($1, $2, $3, $4::jsonb, $5, $6)
       )
       update trade_listings set evidence_length = $7, evidence_head = $6 where id = $1`,
      [
        listingId,
        entry.index,
        kind,
        JSON.stringify(entry.payload),
        entry.prevHash,
        entry.hash,
        entry.index + 1,
      ],
    );
  }

  log(listingId: string): Promise<EvidenceRow[]> {
    return this.db.query(
      `select index, kind, hash, prev_hash as "prevHash", created_at as "createdAt" from evidence_entries where listing_id = $1 order by index`,
      [listingId],
    );
  }

  /** Recomputes every hash; the listing's recorded length and head catch a deleted tail. */
  async verify(listingId: string): Promise<EvidenceVerification> {
    const [rows, [anchor]] = await Promise.all([
      this.db.query(
        `select payload, prev_hash as "prevHash", hash from evidence_entries where listing_id = $1 order by index`,
        [listingId],
      ) as Promise<Array<{ payload: unknown; prevHash: string | null; hash: string }>>,
      this.db.query(
        `select evidence_length as length, evidence_head as "headHash" from trade_listings where id = $1`,
        [listingId],
      ),
    ]);
    return verifyChain(
      rows,
      anchor?.headHash ? { length: anchor.length, headHash: anchor.headHash } : undefined,
    );
  }
}
