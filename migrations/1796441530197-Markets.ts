import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Markets (分市场): the root market (the whole platform) and, under it, region and industry markets with
 * their operators. A new platform role, MARKET_OPERATOR, acts only in the markets it is appointed to;
 * like a root operator it belongs to no organization.
 */
export class Markets1796441530197 implements MigrationInterface {
  name = 'Markets1796441530197';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "markets" ("code" character varying(32) NOT NULL, "name" character varying(100) NOT NULL, "introduction" character varying(2000) NOT NULL, "region_code" character varying(6), "field_codes" character varying(8) array NOT NULL DEFAULT '{}', "parent_code" character varying(32), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_markets_scope" CHECK ("parent_code" IS NULL AND "region_code" IS NULL AND cardinality("field_codes") = 0
   OR "parent_code" IS NOT NULL AND ("region_code" IS NULL) <> (cardinality("field_codes") = 0)), CONSTRAINT "ck_markets_root" CHECK (("parent_code" IS NULL) = ("code" = 'root')), CONSTRAINT "PK_eee173bc5f1c64176563c31a429" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_markets_region" ON "markets"  ("region_code") WHERE "region_code" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "market_operators" ("user_id" uuid NOT NULL, "market_code" character varying(32) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d1f53cc3ec211836f3af1d6a77b" PRIMARY KEY ("user_id", "market_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_market_operators_market" ON "market_operators"  ("market_code") `,
    );
    await queryRunner.query(`ALTER TYPE "public"."platform_role" ADD VALUE 'MARKET_OPERATOR'`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_member_has_organization"`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "ck_users_member_has_organization" CHECK ("role" <> 'MEMBER' OR "organization_id" IS NOT NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "markets" ADD CONSTRAINT "fk_markets_parent" FOREIGN KEY ("parent_code") REFERENCES "markets"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "market_operators" ADD CONSTRAINT "fk_market_operators_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "market_operators" ADD CONSTRAINT "fk_market_operators_market" FOREIGN KEY ("market_code") REFERENCES "markets"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "markets" ("code", "name", "introduction") VALUES ('root', '全平台', '一个平台、统一规则：各地区、各行业分市场的上级市场。')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "users" WHERE "role" = 'MARKET_OPERATOR'`);
    await queryRunner.query(`ALTER TABLE "market_operators" DROP CONSTRAINT "fk_market_operators_market"`);
    await queryRunner.query(`ALTER TABLE "market_operators" DROP CONSTRAINT "fk_market_operators_user"`);
    await queryRunner.query(`ALTER TABLE "markets" DROP CONSTRAINT "fk_markets_parent"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_member_has_organization"`);
    await queryRunner.query(`CREATE TYPE "public"."platform_role_old" AS ENUM('MEMBER', 'OPERATOR')`);
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "role" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "users" ALTER COLUMN "role" TYPE "public"."platform_role_old" USING "role"::"text"::"public"."platform_role_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."platform_role"`);
    await queryRunner.query(`ALTER TYPE "public"."platform_role_old" RENAME TO "platform_role"`);
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'MEMBER'`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "ck_users_member_has_organization" CHECK ("role" = 'OPERATOR' OR "organization_id" IS NOT NULL)`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_market_operators_market"`);
    await queryRunner.query(`DROP TABLE "market_operators"`);
    await queryRunner.query(`DROP INDEX "public"."uq_markets_region"`);
    await queryRunner.query(`DROP TABLE "markets"`);
  }
}
