import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed checkpoints of each evidence chain's head (the server's Ed25519 key), in a table the
 * database itself keeps append-only: a trigger refuses UPDATE and DELETE of any row, and TRUNCATE.
 * Chains written before this migration have no checkpoint until their next step signs their head.
 */
export class EvidenceCheckpoints1796430115226 implements MigrationInterface {
  name = 'EvidenceCheckpoints1796430115226';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "evidence_checkpoints" ("listing_id" uuid NOT NULL, "length" integer NOT NULL, "head_hash" character(64) NOT NULL, "key_id" character varying(16) NOT NULL, "signature" character varying(88) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8f171749050815296494674f7c2" PRIMARY KEY ("listing_id", "length"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_checkpoints" ADD CONSTRAINT "fk_evidence_checkpoints_listing" FOREIGN KEY ("listing_id") REFERENCES "trade_listings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE FUNCTION evidence_checkpoints_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION 'evidence_checkpoints is append-only: % refused', TG_OP USING ERRCODE = '55000';
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER evidence_checkpoints_append_only BEFORE UPDATE OR DELETE ON "evidence_checkpoints"
       FOR EACH ROW EXECUTE FUNCTION evidence_checkpoints_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER evidence_checkpoints_no_truncate BEFORE TRUNCATE ON "evidence_checkpoints"
       FOR EACH STATEMENT EXECUTE FUNCTION evidence_checkpoints_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER evidence_checkpoints_no_truncate ON "evidence_checkpoints"`);
    await queryRunner.query(`DROP TRIGGER evidence_checkpoints_append_only ON "evidence_checkpoints"`);
    await queryRunner.query(`DROP FUNCTION evidence_checkpoints_append_only()`);
    await queryRunner.query(
      `ALTER TABLE "evidence_checkpoints" DROP CONSTRAINT "fk_evidence_checkpoints_listing"`,
    );
    await queryRunner.query(`DROP TABLE "evidence_checkpoints"`);
  }
}
