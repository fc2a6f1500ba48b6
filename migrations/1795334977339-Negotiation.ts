import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Negotiation1795334977339 implements MigrationInterface {
  name = 'Negotiation1795334977339';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."offer_status" AS ENUM('OPEN', 'ACCEPTED', 'REJECTED', 'COUNTERED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "offers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "listing_id" uuid NOT NULL, "buyer_id" uuid NOT NULL, "amount" numeric(18,2) NOT NULL, "message" character varying(2000), "status" "public"."offer_status" NOT NULL DEFAULT 'OPEN', "counter_amount" numeric(18,2), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_offers_amount" CHECK ("amount" > 0 AND ("counter_amount" IS NULL OR "counter_amount" > 0)), CONSTRAINT "PK_4c88e956195bba85977da21b8f4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_offers_listing" ON "offers"  ("listing_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "objections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "listing_id" uuid NOT NULL, "raised_by_id" uuid NOT NULL, "reason" character varying(2000) NOT NULL, "upheld" boolean, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6bb81f77d9eabef4f46e9c0934f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_objections_listing" ON "objections"  ("listing_id") `);
    // written by hand: one accepted offer per listing
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_offers_accepted" ON "offers" ("listing_id") WHERE "status" = 'ACCEPTED'`,
    );
    await queryRunner.query(
      `ALTER TABLE "offers" ADD CONSTRAINT "fk_offers_listing" FOREIGN KEY ("listing_id") REFERENCES "trade_listings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offers" ADD CONSTRAINT "fk_offers_buyer" FOREIGN KEY ("buyer_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "objections" ADD CONSTRAINT "fk_objections_listing" FOREIGN KEY ("listing_id") REFERENCES "trade_listings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_offers_accepted"`);
    await queryRunner.query(`ALTER TABLE "objections" DROP CONSTRAINT "fk_objections_listing"`);
    await queryRunner.query(`ALTER TABLE "offers" DROP CONSTRAINT "fk_offers_buyer"`);
    await queryRunner.query(`ALTER TABLE "offers" DROP CONSTRAINT "fk_offers_listing"`);
    await queryRunner.query(`DROP INDEX "public"."ix_objections_listing"`);
    await queryRunner.query(`DROP TABLE "objections"`);
    await queryRunner.query(`DROP INDEX "public"."ix_offers_listing"`);
    await queryRunner.query(`DROP TABLE "offers"`);
    await queryRunner.query(`DROP TYPE "public"."offer_status"`);
  }
}
