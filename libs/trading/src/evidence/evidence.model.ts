import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('EvidenceVerification')
export class EvidenceVerificationModel {
  @Field(() => Boolean) valid: boolean;
  @Field(() => Int) length: number;
  @Field(() => String, { nullable: true }) headHash: string | null;
  @Field(() => Int, { nullable: true }) firstInvalidIndex: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'How many entries, from the first, a checkpoint signed with the server key vouches for (0: none; null: not checked here)',
  })
  anchoredLength?: number | null;
}

@ObjectType('EvidenceEntry')
export class EvidenceEntryModel {
  @Field(() => Int) index: number;
  @Field(() => String) kind: string;
  @Field(() => String) hash: string;
  @Field(() => String, { nullable: true }) prevHash: string | null;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('EvidenceExportEntry', {
  description: 'An entry with its payload as hashed: hash = SHA-256(prevHash or "" followed by payloadJson)',
})
export class EvidenceExportEntryModel extends EvidenceEntryModel {
  @Field(() => String, { description: 'the canonical JSON of the payload (keys sorted, no whitespace)' })
  payloadJson: string;
}

@ObjectType('EvidenceCheckpoint', {
  description:
    'A chain head signed with the server key (Ed25519) over "techmarket-evidence-checkpoint/v1\\n<listingId>\\n<length>\\n<headHash>"',
})
export class EvidenceCheckpointModel {
  @Field(() => Int) length: number;
  @Field(() => String) headHash: string;
  @Field(() => String) keyId: string;
  @Field(() => String, { description: 'base64' }) signature: string;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('EvidenceSigningKey', {
  description: 'The public half of the key that signs evidence checkpoints',
})
export class EvidenceSigningKeyModel {
  @Field(() => String) algorithm: string;
  @Field(() => String, { description: 'the first 16 hex digits of SHA-256 over the SPKI DER' })
  keyId: string;
  @Field(() => String, { description: 'SPKI PEM, for node:crypto createPublicKey' })
  publicKeyPem: string;
}

@ObjectType('EvidenceExport', {
  description:
    "A listing's chain for an auditor, verifiable offline: entries, signed checkpoints, public key",
})
export class EvidenceExportModel {
  @Field(() => ID) listingId: string;
  @Field(() => [EvidenceExportEntryModel]) entries: EvidenceExportEntryModel[];
  @Field(() => [EvidenceCheckpointModel]) checkpoints: EvidenceCheckpointModel[];
  @Field(() => EvidenceSigningKeyModel) signingKey: EvidenceSigningKeyModel;
  @Field(() => EvidenceVerificationModel, { description: "the server's own verification of the chain" })
  verification: EvidenceVerificationModel;
}
