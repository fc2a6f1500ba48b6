import { Inject, Injectable } from '@nestjs/common';
import { createPublicKey, type KeyObject } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '@techmarket/shared';
import {
  type ChainAnchor,
  signCheckpoint,
  type SignedCheckpoint,
  signedCheckpoints,
  signingKeyId,
} from '../rules/index.js';

/** The server's evidence key (EVIDENCE_SIGNING_KEY): signs chain heads, and checks signed ones. */
@Injectable()
export class EvidenceSigner {
  private readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly keyId: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.privateKey = config.evidenceSigningKey;
    this.publicKey = createPublicKey(this.privateKey);
    this.keyId = signingKeyId(this.publicKey);
  }

  /** The signed checkpoint of a listing's chain after its entry `index`: the head of index + 1 entries. */
  checkpointAfter(listingId: string, entry: { index: number; hash: string }): SignedCheckpoint {
    return signCheckpoint(this.privateKey, { listingId, length: entry.index + 1, headHash: entry.hash });
  }

  /** Of stored checkpoint rows, the ones this key signed for the listing. */
  trusted(listingId: string, rows: readonly SignedCheckpoint[]): ChainAnchor[] {
    return signedCheckpoints(this.publicKey, listingId, rows);
  }

  get publicKeyPem(): string {
    return this.publicKey.export({ format: 'pem', type: 'spki' }).toString();
  }
}
