import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Trading1795334168830 implements MigrationInterface {
  name = 'Trading1795334168830';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."trade_mode" AS ENUM('NEGOTIATED', 'LISTING', 'AUCTION')`);
    await queryRunner.query(
      `CREATE TYPE "public"."trade_status" AS ENUM('SCHEDULED', 'OPEN', 'PUBLIC_NOTICE', 'DEALT', 'FAILED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "trade_listings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "achievement_id" uuid NOT NULL, "seller_id" uuid NOT NULL, "mode" "public"."trade_mode" NOT NULL, "current_mode" "public"."trade_mode" NOT NULL, "terms" "public"."transfer_mode" NOT NULL, "status" "public"."trade_status" NOT NULL, "list_price" numeric(18,2), "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "notice_ends_at" TIMESTAMP WITH TIME ZONE, "start_price" numeric(18,2), "increment" numeric(18,2), "reserve_price" numeric(18,2), "deposit_amount" numeric(18,2), "extension_seconds" integer NOT NULL DEFAULT '300', "duration_seconds" integer, "current_price" numeric(18,2), "leading_registration_id" uuid, "bid_count" integer NOT NULL DEFAULT '0', "outcome" character varying(40), "closed_at" TIMESTAMP WITH TIME ZONE, "evidence_length" integer NOT NULL DEFAULT '0', "evidence_head" character(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_trade_listings_auction_terms" CHECK ("mode" = 'NEGOTIATED' OR "start_price" IS NOT NULL), CONSTRAINT "ck_trade_listings_prices" CHECK ("start_price" IS NULL OR ("start_price" > 0 AND "increment" > 0 AND "deposit_amount" >= 0)), CONSTRAINT "ck_trade_listings_window" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_b1bd16f549f2077ebfdf569b38a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_trade_listings_created" ON "trade_listings"  ("created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_trade_listings_status_ends" ON "trade_listings"  ("status", "ends_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."deposit_status" AS ENUM('PENDING', 'PAID', 'REFUNDED', 'APPLIED', 'FORFEITED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "listing_id" uuid NOT NULL, "buyer_id" uuid NOT NULL, "paddle" character varying(8) NOT NULL, "deposit_amount" numeric(18,2) NOT NULL, "deposit_status" "public"."deposit_status" NOT NULL DEFAULT 'PENDING', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_registrations_paddle" UNIQUE ("listing_id", "paddle"), CONSTRAINT "uq_registrations_buyer" UNIQUE ("listing_id", "buyer_id"), CONSTRAINT "ck_registrations_deposit" CHECK ("deposit_amount" >= 0), CONSTRAINT "PK_6013e724d7b22929da9cd7282d1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "bids" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "listing_id" uuid NOT NULL, "registration_id" uuid NOT NULL, "paddle" character varying(8) NOT NULL, "amount" numeric(18,2) NOT NULL, "idempotency_key" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "uq_bids_idempotency" UNIQUE ("registration_id", "idempotency_key"), CONSTRAINT "uq_bids_amount" UNIQUE ("listing_id", "amount"), CONSTRAINT "ck_bids_amount" CHECK ("amount" > 0), CONSTRAINT "PK_7950d066d322aab3a488ac39fe5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_bids_listing_created" ON "bids"  ("listing_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."contract_kind" AS ENUM('DEVELOPMENT', 'TRANSFER', 'LICENSE', 'CONSULTING', 'SERVICE')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."contract_status" AS ENUM('DRAFT', 'SIGNED', 'REGISTERED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "contracts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "kind" "public"."contract_kind" NOT NULL, "amount" numeric(18,2) NOT NULL, "seller_id" uuid NOT NULL, "buyer_id" uuid NOT NULL, "achievement_id" uuid, "status" "public"."contract_status" NOT NULL DEFAULT 'DRAFT', "seller_signed_at" TIMESTAMP WITH TIME ZONE, "buyer_signed_at" TIMESTAMP WITH TIME ZONE, "registration_number" character varying(20), "registered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_contracts_registration_number" UNIQUE ("registration_number"), CONSTRAINT "ck_contracts_registered" CHECK (("status" = 'REGISTERED') = ("registration_number" IS NOT NULL)), CONSTRAINT "ck_contracts_amount" CHECK ("amount" >= 0), CONSTRAINT "PK_2c7b8f3a7b1acdd49497d83d0fb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_contracts_seller" ON "contracts"  ("seller_id") `);
    await queryRunner.query(`CREATE INDEX "ix_contracts_buyer" ON "contracts"  ("buyer_id") `);
    await queryRunner.query(
      `CREATE TABLE "deals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "listing_id" uuid, "buyer_id" uuid NOT NULL, "seller_id" uuid NOT NULL, "price" numeric(18,2) NOT NULL, "contract_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_deals_contract" UNIQUE ("contract_id"), CONSTRAINT "uq_deals_listing" UNIQUE ("listing_id"), CONSTRAINT "REL_9c9e00393ed8bbf7f94c0c06e0" UNIQUE ("contract_id"), CONSTRAINT "ck_deals_price" CHECK ("price" >= 0), CONSTRAINT "PK_8c66f03b250f613ff8615940b4b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "evidence_entries" ("listing_id" uuid NOT NULL, "index" integer NOT NULL, "kind" character varying(40) NOT NULL, "payload" jsonb NOT NULL, "prev_hash" character(64), "hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6de1920cec193c383b8b82e425c" PRIMARY KEY ("listing_id", "index"))`,
    );
    // written by hand: an achievement is in at most one active trade at a time
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_trade_listings_active_achievement" ON "trade_listings" ("achievement_id") WHERE "status" IN ('SCHEDULED', 'OPEN', 'PUBLIC_NOTICE')`,
    );
    await queryRunner.query(
      `ALTER TABLE "trade_listings" ADD CONSTRAINT "fk_trade_listings_achievement" FOREIGN KEY ("achievement_id") REFERENCES "achievements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "trade_listings" ADD CONSTRAINT "fk_trade_listings_seller" FOREIGN KEY ("seller_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "registrations" ADD CONSTRAINT "fk_registrations_listing" FOREIGN KEY ("listing_id") REFERENCES "trade_listings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "registrations" ADD CONSTRAINT "fk_registrations_buyer" FOREIGN KEY ("buyer_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bids" ADD CONSTRAINT "fk_bids_listing" FOREIGN KEY ("listing_id") REFERENCES "trade_listings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bids" ADD CONSTRAINT "fk_bids_registration" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contracts" ADD CONSTRAINT "fk_contracts_seller" FOREIGN KEY ("seller_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contracts" ADD CONSTRAINT "fk_contracts_buyer" FOREIGN KEY ("buyer_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contracts" ADD CONSTRAINT "fk_contracts_achievement" FOREIGN KEY ("achievement_id") REFERENCES "achievements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deals" ADD CONSTRAINT "fk_deals_listing" FOREIGN KEY ("listing_id") REFERENCES "trade_listings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deals" ADD CONSTRAINT "fk_deals_buyer" FOREIGN KEY ("buyer_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deals" ADD CONSTRAINT "fk_deals_seller" FOREIGN KEY ("seller_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deals" ADD CONSTRAINT "fk_deals_contract" FOREIGN KEY ("contract_id") REFERENCES "contracts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_entries" ADD CONSTRAINT "fk_evidence_entries_listing" FOREIGN KEY ("listing_id") REFERENCES "trade_listings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_trade_listings_active_achievement"`);
    await queryRunner.query(`ALTER TABLE "evidence_entries" DROP CONSTRAINT "fk_evidence_entries_listing"`);
    await queryRunner.query(`ALTER TABLE "deals" DROP CONSTRAINT "fk_deals_contract"`);
    await queryRunner.query(`ALTER TABLE "deals" DROP CONSTRAINT "fk_deals_seller"`);
    await queryRunner.query(`ALTER TABLE "deals" DROP CONSTRAINT "fk_deals_buyer"`);
    await queryRunner.query(`ALTER TABLE "deals" DROP CONSTRAINT "fk_deals_listing"`);
    await queryRunner.query(`ALTER TABLE "contracts" DROP CONSTRAINT "fk_contracts_achievement"`);
    await queryRunner.query(`ALTER TABLE "contracts" DROP CONSTRAINT "fk_contracts_buyer"`);
    await queryRunner.query(`ALTER TABLE "contracts" DROP CONSTRAINT "fk_contracts_seller"`);
    await queryRunner.query(`ALTER TABLE "bids" DROP CONSTRAINT "fk_bids_registration"`);
    await queryRunner.query(`ALTER TABLE "bids" DROP CONSTRAINT "fk_bids_listing"`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP CONSTRAINT "fk_registrations_buyer"`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP CONSTRAINT "fk_registrations_listing"`);
    await queryRunner.query(`ALTER TABLE "trade_listings" DROP CONSTRAINT "fk_trade_listings_seller"`);
    await queryRunner.query(`ALTER TABLE "trade_listings" DROP CONSTRAINT "fk_trade_listings_achievement"`);
    await queryRunner.query(`DROP TABLE "evidence_entries"`);
    await queryRunner.query(`DROP TABLE "deals"`);
    await queryRunner.query(`DROP INDEX "public"."ix_contracts_buyer"`);
    await queryRunner.query(`DROP INDEX "public"."ix_contracts_seller"`);
    await queryRunner.query(`DROP TABLE "contracts"`);
    await queryRunner.query(`DROP TYPE "public"."contract_status"`);
    await queryRunner.query(`DROP TYPE "public"."contract_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_bids_listing_created"`);
    await queryRunner.query(`DROP TABLE "bids"`);
    await queryRunner.query(`DROP TABLE "registrations"`);
    await queryRunner.query(`DROP TYPE "public"."deposit_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_trade_listings_status_ends"`);
    await queryRunner.query(`DROP INDEX "public"."ix_trade_listings_created"`);
    await queryRunner.query(`DROP TABLE "trade_listings"`);
    await queryRunner.query(`DROP TYPE "public"."trade_status"`);
    await queryRunner.query(`DROP TYPE "public"."trade_mode"`);
  }
}
