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
}

/** What an earlier verification or an outside anchor says the chain had, to detect truncation. */
export interface ChainAnchor {
  readonly length: number;
  readonly headHash: string;
}

/**
 * Verifies entries in index order. Entry i is valid when its prevHash is the previous entry's hash
 * (null for i = 0) and its hash is `entryHash(prevHash, payload)`. So a changed payload or hash shows
 * at that entry, and a deleted or reordered entry at the first position whose link breaks.
 * Dropping entries from the end leaves a valid shorter chain: pass the `anchor` last published (or
 * kept outside the table) to catch that; then `firstInvalidIndex` is the first missing index.
 * With `links` only, no hash is recomputed (no payload is needed): the links, length and head as
 * recorded, which is what reading a listing checks; the full check recomputes every hash.
 */
export function verifyChain(
  entries: ReadonlyArray<Omit<EvidenceEntry, 'payload'> & { readonly payload?: unknown }>,
  anchor?: ChainAnchor,
  check: 'hashes' | 'links' = 'hashes',
): EvidenceVerification {
  const result = (firstInvalidIndex: number | null): EvidenceVerification => {
    const validCount = firstInvalidIndex ?? entries.length;
    return {
      valid: firstInvalidIndex === null,
      length: entries.length,
      headHash: validCount > 0 ? entries[validCount - 1]!.hash : null,
      firstInvalidIndex,
    };
  };
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const expectedPrev = i === 0 ? null : entries[i - 1]!.hash;
    if (entry.prevHash !== expectedPrev) return result(i);
    if (check === 'hashes' && entry.hash !== safeEntryHash(entry.prevHash, entry.payload)) return result(i);
  }
  if (anchor && anchor.length > 0) {
    if (entries.length < anchor.length) return result(entries.length);
    if (entries[anchor.length - 1]!.hash !== anchor.headHash) return result(anchor.length - 1);
  }
  return result(null);
}
