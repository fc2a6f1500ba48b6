import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import fc from 'fast-check';
import {
  checkpointMessage,
  checkpointSigned,
  signCheckpoint,
  signedCheckpoints,
  signingKeyId,
} from './evidence-checkpoint.js';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');
const LISTING = '7b0c2a8e-5d0f-4c55-9a53-7f1d6a1f0e01';
const head = (n: number) => n.toString(16).padStart(64, '0');

describe('signCheckpoint', () => {
  it('signs a plain-text message an auditor can check offline with the public key PEM alone', () => {
    const c = signCheckpoint(privateKey, { listingId: LISTING, length: 3, headHash: head(3) });
    expect(checkpointMessage(c).toString()).toBe(
      `techmarket-evidence-checkpoint/v1\n${LISTING}\n3\n${head(3)}`,
    );
    const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const message = Buffer.from(`techmarket-evidence-checkpoint/v1\n${LISTING}\n3\n${head(3)}`);
    expect(verify(null, message, createPublicKey(pem), Buffer.from(c.signature, 'base64'))).toBe(true);
    expect(c.keyId).toBe(signingKeyId(publicKey));
    expect(c.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(signingKeyId(other.publicKey)).not.toBe(c.keyId);
  });

  it('is checked true for what was signed and false for any changed field, signature or key', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), (length, n) => {
        const c = signCheckpoint(privateKey, { listingId: LISTING, length, headHash: head(n) });
        expect(checkpointSigned(publicKey, c)).toBe(true);
        expect(checkpointSigned(publicKey, { ...c, length: length + 1 })).toBe(false);
        expect(checkpointSigned(publicKey, { ...c, headHash: head(n + 1) })).toBe(false);
        expect(checkpointSigned(publicKey, { ...c, listingId: LISTING.replace('7b', '7c') })).toBe(false);
        expect(checkpointSigned(other.publicKey, c)).toBe(false);
      }),
      { numRuns: 50 },
    );
    const c = signCheckpoint(privateKey, { listingId: LISTING, length: 1, headHash: head(1) });
    expect(checkpointSigned(publicKey, { ...c, signature: 'not base64 at all' })).toBe(false);
    expect(checkpointSigned(publicKey, { ...c, signature: '' })).toBe(false);
  });
});

describe('signedCheckpoints', () => {
  it("keeps the listing's checkpoints the key signed, by length, and drops forged or foreign ones", () => {
    const mine = [3, 1, 2].map((length) =>
      signCheckpoint(privateKey, { listingId: LISTING, length, headHash: head(length) }),
    );
    const forged = { ...mine[0]!, length: 4, headHash: head(4) };
    const foreignKey = signCheckpoint(other.privateKey, { listingId: LISTING, length: 5, headHash: head(5) });
    const otherListing = signCheckpoint(privateKey, {
      listingId: '00000000-0000-4000-8000-000000000000',
      length: 6,
      headHash: head(6),
    });
    expect(
      signedCheckpoints(publicKey, LISTING, [
        ...mine,
        forged,
        foreignKey,
        { ...otherListing, listingId: LISTING },
      ]),
    ).toEqual([1, 2, 3].map((length) => ({ length, headHash: head(length) })));
  });
});
