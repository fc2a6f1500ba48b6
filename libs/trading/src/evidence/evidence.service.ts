import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  appendEntry,
  canonicalJson,
  type EvidenceVerification,
  type SignedCheckpoint,
  verifyChain,
} from '../rules/index.js';
import { EvidenceSigner } from './evidence-signer.js';

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

/** A listing's chain as an auditor takes it away: entries with their payloads, and the signed checkpoints. */
export interface EvidenceExport {
  listingId: string;
  entries: Array<EvidenceRow & { payloadJson: string }>;
  checkpoints: Array<SignedCheckpoint & { createdAt: Date }>;
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

const CHECKPOINT_COLUMNS = `listing_id as "listingId", length, head_hash as "headHash", key_id as "keyId", signature, created_at as "createdAt"`;

/**
 * The per-listing hash chain of trading steps. Appends run inside the step's transaction, under the
 * listing's row lock, and store the new head signed with the server's key beside it (a checkpoint),
 * so that a database writer who rewrites the chain consistently still cannot sign its new heads.
 */
@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly signer: EvidenceSigner,
  ) {}

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
    const checkpoint = this.signer.checkpointAfter(listingId, entry);
    // the entry, its signed checkpoint and the listing's new head in one statement (one round trip)
    await em.query(
      `with entry as (
         insert into evidence_entries (listing_id, index, kind, payload, prev_hash, hash) values ($1, $2, $3, $4::jsonb, $5, $6)
       ), checkpoint as (
         insert into evidence_checkpoints (listing_id, length, head_hash, key_id, signature) values ($1, $7, $6, $8, $9)
       )
       update trade_listings set evidence_length = $7, evidence_head = $6 where id = $1`,
      [
        listingId,
        entry.index,
        kind,
        JSON.stringify(entry.payload),
        entry.prevHash,
        entry.hash,
        checkpoint.length,
        checkpoint.keyId,
        checkpoint.signature,
      ],
    );
  }

  log(listingId: string): Promise<EvidenceRow[]> {
    return this.db.query(
      `select index, kind, hash, prev_hash as "prevHash", created_at as "createdAt" from evidence_entries where listing_id = $1 order by index`,
      [listingId],
    );
  }

  private checkpoints(listingId: string): Promise<Array<SignedCheckpoint & { createdAt: Date }>> {
    return this.db.query(
      `select ${CHECKPOINT_COLUMNS} from evidence_checkpoints where listing_id = $1 order by length`,
      [listingId],
    );
  }

  /**
   * Recomputes every hash; the listing's recorded length and head catch a deleted tail, and the
   * checkpoints signed with the server's key catch a chain rewritten consistently, head included.
   */
  async verify(listingId: string): Promise<EvidenceVerification> {
    const [rows, [anchor], checkpoints] = await Promise.all([
      this.db.query(
        `select payload, prev_hash as "prevHash", hash from evidence_entries where listing_id = $1 order by index`,
        [listingId],
      ) as Promise<Array<{ payload: unknown; prevHash: string | null; hash: string }>>,
      this.db.query(
        `select evidence_length as length, evidence_head as "headHash" from trade_listings where id = $1`,
        [listingId],
      ),
      this.checkpoints(listingId),
    ]);
    return verifyChain(
      rows,
      anchor?.headHash ? { length: anchor.length, headHash: anchor.headHash } : undefined,
      this.signer.trusted(listingId, checkpoints),
    );
  }

  /** Everything an auditor needs to verify a chain offline: payloads as hashed, and every checkpoint row. */
  async export(listingId: string): Promise<EvidenceExport> {
    const [rows, checkpoints] = await Promise.all([
      this.db.query(
        `select index, kind, payload, hash, prev_hash as "prevHash", created_at as "createdAt"
         from evidence_entries where listing_id = $1 order by index`,
        [listingId],
      ) as Promise<Array<EvidenceRow & { payload: unknown }>>,
      this.checkpoints(listingId),
    ]);
    const entries = rows.map(({ payload, ...row }) => ({ ...row, payloadJson: safeCanonical(payload) }));
    return { listingId, entries, checkpoints };
  }
}

/** A stored payload with no canonical form (a corrupted row) is exported as Postgres holds it. */
function safeCanonical(payload: unknown): string {
  try {
    return canonicalJson(payload);
  } catch {
    return JSON.stringify(payload) ?? 'null';
  }
}
