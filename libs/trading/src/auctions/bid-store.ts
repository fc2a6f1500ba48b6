import type { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { dbStatements } from '@techmarket/shared';
import type { AuctionRow } from './auction-state.js';

/** Runs one named statement and answers its rows. */
export interface Sql {
  query(name: string, text: string, values: unknown[]): Promise<any[]>;
}

/**
 * The hot path: autocommit statements straight on the pg pool under a name, so that each connection
 * parses and plans them once (TypeORM's query() sends every statement unnamed, planned each time).
 */
export function preparedSql(db: DataSource): Sql {
  return {
    async query(name, text, values) {
      const pool = (db.driver as unknown as { master: Pool }).master;
      dbStatements.inc();
      return (await pool.query({ name, text, values })).rows;
    },
  };
}

/** Inside a TypeORM transaction (the locked path, rare): its own connection, unnamed statements. */
export const transactionSql = (em: EntityManager): Sql => ({
  query: (_name, text, values) => em.query(text, values),
});

/** The SQLSTATE of a failed statement, whether pg's own error or TypeORM's QueryFailedError around it. */
export const sqlState = (err: unknown): string | undefined => {
  const e = err as { code?: unknown; driverError?: { code?: string } };
  return e.driverError?.code ?? (typeof e.code === 'string' ? e.code : undefined);
};

/**
 * One consistent read of everything a bid is decided on: the auction, its leader's organization and
 * paddle, the bidder's registration and an earlier bid under the same key (a replay), the row's
 * version (`xmin`, changed by every update of the listing) and the database clock.
 */
export interface BidSnapshot extends AuctionRow {
  version: string;
  currentMode: string;
  sellerId: string;
  leaderOrg: string | null;
  evidenceLength: number;
  evidenceHead: string | null;
  registrationId: string | null;
  paddle: string | null;
  depositStatus: string | null;
  priorId: string | null;
  priorPaddle: string | null;
  priorAmount: string | null;
  priorCreatedAt: Date | null;
  now: Date;
}

const SNAPSHOT_COLUMNS = `l.xmin::text as version, l.id, l.status, l.current_mode as "currentMode", l.seller_id as "sellerId",
  l.start_price as "startPrice", l.increment, l.deposit_amount as "depositAmount", l.reserve_price as "reservePrice",
  l.current_price as "currentPrice", l.bid_count as "bidCount", l.starts_at as "startsAt", l.ends_at as "endsAt",
  l.extension_seconds as "extensionSeconds", l.forfeit_if_no_bid as "forfeitIfNoBid", l.evidence_length as "evidenceLength", l.evidence_head as "evidenceHead",
  lr.paddle as "leadingPaddle", lr.buyer_id as "leaderOrg",
  r.id as "registrationId", r.paddle, r.deposit_status as "depositStatus",
  p.id as "priorId", p.paddle as "priorPaddle", p.amount as "priorAmount", p.created_at as "priorCreatedAt",
  clock_timestamp() as now`;

/** The snapshot's tables and conditions, over the placeholders that hold the listing, bidder organization and key. */
const snapshotFrom = (listing: string, org: string, key: string) => `from trade_listings l
  left join registrations lr on lr.id = l.leading_registration_id
  left join registrations r on r.listing_id = l.id and r.buyer_id = ${org}
  left join bids p on p.registration_id = r.id and p.idempotency_key = ${key}
  where l.id = ${listing}`;

export async function readBidSnapshot(
  q: Sql,
  listingId: string,
  org: string,
  key: string,
): Promise<BidSnapshot | undefined> {
  const [row] = await q.query(
    'bid_snapshot',
    `select ${SNAPSHOT_COLUMNS} ${snapshotFrom('$1', '$2', '$3')}`,
    [listingId, org, key],
  );
  return row;
}

/** Takes the listing's row lock for the rest of the transaction (the fallback when optimism keeps losing). */
export async function lockListing(em: EntityManager, listingId: string): Promise<void> {
  await em.query(`select 1 from trade_listings where id = $1 for update`, [listingId]);
}

export interface AcceptedBidWrite {
  listingId: string;
  /** The bidder's organization (for the fresh snapshot). */
  org: string;
  /** The snapshot's row version: the write applies only if the listing has not changed since. */
  version: string;
  registrationId: string;
  paddle: string;
  amount: string;
  idempotencyKey: string;
  /** The database clock the bid was decided at: the bid's time. */
  at: Date;
  endsAt: Date;
  evidence: { index: number; payload: unknown; prevHash: string | null; hash: string };
  /** The new head signed with the server's evidence key, stored with the entry. */
  checkpoint: { keyId: string; signature: string };
  /** The organization that led until this bid: each of its members is told, in the same statement. */
  outbid: { organizationId: string | null; title: string; body: string };
}

/** A notification row as stored (the shape NotificationsService pushes). */
export interface StoredNotice {
  id: string;
  userId: string;
  kind: string;
  title: string;
  body: string;
  subjectId: string | null;
  readAt: Date | null;
  createdAt: Date;
}

export interface StoredBid {
  id: string;
  paddle: string;
  amount: string;
  createdAt: Date;
  /** The OUTBID notifications stored with the bid. */
  notices: StoredNotice[];
}

export interface BidWriteResult {
  /** The stored bid, or undefined when the lot had changed (or the clock passed its end). */
  bid?: StoredBid;
  /** With a stored bid: the listing row's version after it. */
  version?: string;
  /**
   * The lot as the write found it when the statement began: when another bid had already committed,
   * this is newer than the snapshot the bid was decided on, and the bid can be decided again on it
   * without another read.
   */
  fresh?: BidSnapshot;
}

/**
 * The bid, the listing's new price, leader, end and evidence head, the evidence entry and its signed
 * checkpoint, in one statement, applied only when the listing is still the version the bid was decided
 * on and the clock is still before its end. One statement holds the row lock for microseconds, not for round trips to
 * the API. The outbid organization's notifications are part of it: stored with the bid or not at all.
 * The same statement reads a fresh snapshot, for the bid that lost the race to decide again on.
 */
export async function writeAcceptedBid(q: Sql, w: AcceptedBidWrite): Promise<BidWriteResult> {
  const [row] = await q.query(
    'bid_write',
    `with snap as (
       select ${SNAPSHOT_COLUMNS} ${snapshotFrom('$1', '$16', '$5')}
     ), listing as (
       update trade_listings set current_price = $4, leading_registration_id = $2, bid_count = bid_count + 1, ends_at = $7,
         status = 'OPEN', updated_at = now(), evidence_length = $9 + 1, evidence_head = $10
       where id = $1 and xmin = $8::xid and clock_timestamp() < ends_at
       returning id, xmin::text as version
     ), bid as (
       insert into bids (listing_id, registration_id, paddle, amount, idempotency_key, created_at)
       select $1, $2, $3, $4, $5, $6 from listing
       returning id, paddle, amount, created_at
     ), entry as (
       insert into evidence_entries (listing_id, index, kind, payload, prev_hash, hash)
       select $1, $9, 'BID', $11::jsonb, $12, $10 from listing
     ), checkpoint as (
       insert into evidence_checkpoints (listing_id, length, head_hash, key_id, signature)
       select $1, $9 + 1, $10, $17, $18 from listing
     ), notice as (
       insert into notifications (user_id, kind, title, body, subject_id)
       select u.id, 'OUTBID', $14, $15, $1 from users u where u.organization_id = $13 and exists (select 1 from listing)
       returning id, user_id as "userId", kind, title, body, subject_id as "subjectId", created_at as "createdAt"
     )
     select snap.*, bid.id as "bidId", bid.paddle as "bidPaddle", bid.amount as "bidAmount", bid.created_at as "bidCreatedAt",
       (select version from listing) as "newVersion",
       (select coalesce(json_agg(notice), '[]'::json) from notice) as notices
     from snap left join bid on true`,
    [
      w.listingId,
      w.registrationId,
      w.paddle,
      w.amount,
      w.idempotencyKey,
      w.at,
      w.endsAt,
      w.version,
      w.evidence.index,
      w.evidence.hash,
      JSON.stringify(w.evidence.payload),
      w.evidence.prevHash,
      w.outbid.organizationId,
      w.outbid.title,
      w.outbid.body,
      w.org,
      w.checkpoint.keyId,
      w.checkpoint.signature,
    ],
  );
  if (!row) return {};
  const { bidId, bidPaddle, bidAmount, bidCreatedAt, newVersion, notices, ...fresh } = row;
  if (!bidId) return { fresh };
  return {
    version: newVersion,
    bid: {
      id: bidId,
      paddle: bidPaddle,
      amount: bidAmount,
      createdAt: bidCreatedAt,
      notices: (notices as Array<StoredNotice & { createdAt: string }>).map((n) => ({
        ...n,
        readAt: null,
        createdAt: new Date(n.createdAt),
      })),
    },
  };
}
