import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/**
 * 上链存证: each trading step is an entry whose hash is SHA-256 (lowercase hex) over the previous
 * entry's hash (the empty string for the first entry) followed by the entry's canonical JSON.
 */
export function entryHash(prevHash: string | null, payload: unknown): string {
  return createHash('sha256')
    .update(prevHash ?? '', 'utf8')
    .update(canonicalJson(payload), 'utf8')
    .digest('hex');
}

export interface EvidenceEntry<P = unknown> {
  readonly payload: P;
  readonly prevHash: string | null;
  readonly hash: string;
}

/** The entry to store after `head` (the chain's last entry, or null for an empty chain). */
export function appendEntry<P>(head: Pick<EvidenceEntry, 'hash'> | null, payload: P): EvidenceEntry<P> {
  const prevHash = head?.hash ?? null;
  return { payload, prevHash, hash: entryHash(prevHash, payload) };
}

/** A payload that has no canonical form (a corrupted row) has no hash: it verifies as invalid. */
function safeEntryHash(prevHash: string | null, payload: unknown): string | null {
  try {
    return entryHash(prevHash, payload);
  } catch {
    return null;
  }
}

/** Mirrors `type EvidenceVerification` of the schema. */
export interface EvidenceVerification {
  readonly valid: boolean;
  readonly length: number;
  /** The hash of the last entry of the valid prefix: the whole chain's head when valid. */
  readonly headHash: string | null;
  /** The first entry that fails, or `length` when entries are missing at the end. */
  readonly firstInvalidIndex: number | null;
  /** How many entries, from the first, a signed checkpoint vouches for (0: none does). */
  readonly anchoredLength: number;
}

/** What a chain had at a length: its head then (an earlier verification, the listing row, a signed checkpoint). */
export interface ChainAnchor {
  readonly length: number;
  readonly headHash: string;
}

/** The first entry whose link or hash is wrong, or null. */
/** An entry as read: the payload is only needed when hashes are recomputed. */
type ChainEntry = Omit<EvidenceEntry, 'payload'> & { readonly payload?: unknown };

function firstBrokenLink(entries: readonly ChainEntry[], check: 'hashes' | 'links'): number | null {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const expectedPrev = i === 0 ? null : entries[i - 1]!.hash;
    if (entry.prevHash !== expectedPrev) return i;
    if (check === 'hashes' && entry.hash !== safeEntryHash(entry.prevHash, entry.payload)) return i;
  }
  return null;
}

const matches = (entries: readonly ChainEntry[], a: ChainAnchor) =>
  a.length <= entries.length && entries[a.length - 1]!.hash === a.headHash;

/** Where the chain departs from what `anchor` says it had: the first missing index or the anchored head. */
function departure(entries: readonly ChainEntry[], anchor: ChainAnchor): number | null {
  if (anchor.length <= 0 || matches(entries, anchor)) return null;
  return Math.min(entries.length, anchor.length - 1);
}

/**
 * The signed checkpoints against the chain: `anchored` is the longest prefix a matching checkpoint
 * vouches for; `departs` the first entry past the last matching checkpoint when a later one no longer
 * matches (that entry or one after it was changed, removed or replaced), or when entries follow the
 * last checkpoint (every step signs its head in its own transaction, so an unsigned entry was written
 * by someone else). A chain with no checkpoint at all (written before checkpoints existed) has only
 * its links and the listing's head to go by.
 */
function againstCheckpoints(
  entries: readonly ChainEntry[],
  checkpoints: readonly ChainAnchor[],
): { anchored: number; departs: number | null } {
  const sorted = checkpoints.filter((c) => c.length > 0).sort((a, b) => a.length - b.length);
  let anchored = 0;
  for (const c of sorted) {
    if (!matches(entries, c)) return { anchored, departs: anchored };
    anchored = c.length;
  }
  return { anchored, departs: sorted.length > 0 && entries.length > anchored ? anchored : null };
}

/**
 * Verifies entries in index order. Entry i is valid when its prevHash is the previous entry's hash
 * (null for i = 0) and its hash is `entryHash(prevHash, payload)`. So a changed payload or hash shows
 * at that entry, and a deleted or reordered entry at the first position whose link breaks.
 * Dropping entries from the end leaves a valid shorter chain: pass the `anchor` last published (or
 * kept outside the table) to catch that; then `firstInvalidIndex` is the first missing index.
 * A writer who rewrites an entry and recomputes every later hash and the anchor leaves a chain whose
 * links hold: only `checkpoints` (heads signed with a key the writer does not have, already checked
 * by `signedCheckpoints`) catch it, at the first entry past the last checkpoint that still matches.
 * With `links` only, no hash is recomputed (no payload is needed): the links, length and head as
 * recorded, which is what reading a listing checks; the full check recomputes every hash.
 */
export function verifyChain(
  entries: readonly ChainEntry[],
  anchor?: ChainAnchor,
  checkpoints: readonly ChainAnchor[] = [],
  check: 'hashes' | 'links' = 'hashes',
): EvidenceVerification {
  const { anchored, departs } = againstCheckpoints(entries, checkpoints);
  const found = [firstBrokenLink(entries, check), anchor ? departure(entries, anchor) : null, departs].filter(
    (i): i is number => i !== null,
  );
  const firstInvalidIndex = found.length > 0 ? Math.min(...found) : null;
  const validCount = firstInvalidIndex ?? entries.length;
  return {
    valid: firstInvalidIndex === null,
    length: entries.length,
    headHash: validCount > 0 ? entries[validCount - 1]!.hash : null,
    firstInvalidIndex,
    anchoredLength: Math.min(anchored, validCount),
  };
}
