import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '@techmarket/shared';
import { ListingsService } from '../listings/listings.service.js';
import { EvidenceExportModel, EvidenceSigningKeyModel } from './evidence.model.js';
import { EvidenceSigner } from './evidence-signer.js';
import { EvidenceService } from './evidence.service.js';

/** 上链存证 for auditors: the key that signs chain heads, and a listing's whole chain to verify offline. */
@Resolver()
export class EvidenceResolver {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly signer: EvidenceSigner,
    private readonly listings: ListingsService,
  ) {}

  @Public()
  @Query(() => EvidenceSigningKeyModel)
  evidenceSigningKey(): EvidenceSigningKeyModel {
    return { algorithm: 'Ed25519', keyId: this.signer.keyId, publicKeyPem: this.signer.publicKeyPem };
  }

  @Roles('OPERATOR')
  @Query(() => EvidenceExportModel)
  async evidenceExport(@Args('listingId', { type: () => ID }) listingId: string) {
    await this.listings.mustGet(listingId);
    const [chain, verification] = await Promise.all([
      this.evidence.export(listingId),
      this.evidence.verify(listingId),
    ]);
    return { ...chain, verification, signingKey: this.evidenceSigningKey() };
  }
}
