import { createHash, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import type { ChainAnchor } from './evidence-chain.js';

/**
 * A signed checkpoint: the server's Ed25519 signature over a chain's head at a length. The message is
 * plain text, so that an auditor can check it offline with any Ed25519 implementation:
 * `techmarket-evidence-checkpoint/v1\n<listing id>\n<length>\n<head hash>`.
 */
export interface SignedCheckpoint extends ChainAnchor {
  readonly listingId: string;
  /** Names the key that signed: the first 16 hex digits of SHA-256 over its SPKI DER. */
  readonly keyId: string;
  /** Base64 of the 64-byte Ed25519 signature. */
  readonly signature: string;
}

export const CHECKPOINT_MESSAGE_PREFIX = 'techmarket-evidence-checkpoint/v1';

export function checkpointMessage(c: { listingId: string } & ChainAnchor): Buffer {
  return Buffer.from(`${CHECKPOINT_MESSAGE_PREFIX}\n${c.listingId}\n${c.length}\n${c.headHash}`, 'utf8');
}

/** The key id of a key (private or public): the first 16 hex digits of SHA-256 over the SPKI DER. */
export function signingKeyId(key: KeyObject): string {
  const pub = key.type === 'public' ? key : createPublicKey(key);
  const spki = pub.export({ format: 'der', type: 'spki' });
  return createHash('sha256').update(spki).digest('hex').slice(0, 16);
}

/** Signs the head `headHash` of the first `length` entries of a listing's chain. */
export function signCheckpoint(
  privateKey: KeyObject,
  c: { listingId: string } & ChainAnchor,
): SignedCheckpoint {
  const signature = sign(null, checkpointMessage(c), privateKey).toString('base64');
  return {
    listingId: c.listingId,
    length: c.length,
    headHash: c.headHash,
    keyId: signingKeyId(privateKey),
    signature,
  };
}

/** Whether `c` was signed by `publicKey` (a malformed signature is simply not one). */
export function checkpointSigned(publicKey: KeyObject, c: SignedCheckpoint): boolean {
  try {
    return verify(null, checkpointMessage(c), publicKey, Buffer.from(c.signature, 'base64'));
  } catch {
    return false;
  }
}

/**
 * The checkpoints of `listingId` that `publicKey` signed, by length. Rows anybody else wrote (a forged
 * signature, another listing's checkpoint copied over) anchor nothing and are left out.
 */
export function signedCheckpoints(
  publicKey: KeyObject,
  listingId: string,
  rows: readonly SignedCheckpoint[],
): ChainAnchor[] {
  return rows
    .filter((c) => c.listingId === listingId && checkpointSigned(publicKey, c))
    .map((c) => ({ length: c.length, headHash: c.headHash }))
    .sort((a, b) => a.length - b.length);
}
