import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OfferIdempotencyKey1796431477690 implements MigrationInterface {
  name = 'OfferIdempotencyKey1796431477690';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "offers" ADD "idempotency_key" character varying(100)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_offers_idempotency" ON "offers"  ("listing_id", "buyer_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_offers_idempotency"`);
    await queryRunner.query(`ALTER TABLE "offers" DROP COLUMN "idempotency_key"`);
  }
}
