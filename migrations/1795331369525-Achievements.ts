import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Achievements1795331369525 implements MigrationInterface {
  name = 'Achievements1795331369525';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."maturity" AS ENUM('LAB', 'PROTOTYPE', 'PILOT', 'SMALL_BATCH', 'INDUSTRIALIZED')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."transfer_mode" AS ENUM('TRANSFER', 'LICENSE', 'EQUITY', 'CO_DEVELOPMENT', 'CONSULTING', 'SERVICE')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."achievement_status" AS ENUM('DRAFT', 'PENDING_REVIEW', 'LISTED', 'REJECTED', 'IN_TRADE', 'DEALT', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "achievements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "summary" character varying(2000) NOT NULL, "description" text, "keywords" text array NOT NULL DEFAULT '{}', "field_codes" character varying(8) array NOT NULL, "maturity" "public"."maturity" NOT NULL, "transfer_modes" "public"."transfer_mode" array NOT NULL, "asking_price" numeric(18,2), "region_code" character(6) NOT NULL, "status" "public"."achievement_status" NOT NULL DEFAULT 'DRAFT', "review_comment" text, "search_vector" tsvector, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "listed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_achievements_price" CHECK ("asking_price" IS NULL OR "asking_price" >= 0), CONSTRAINT "ck_achievements_description" CHECK (char_length("description") <= 20000), CONSTRAINT "ck_achievements_fields" CHECK (cardinality("field_codes") >= 1), CONSTRAINT "ck_achievements_keywords" CHECK (cardinality("keywords") <= 20), CONSTRAINT "PK_1bc19c37c6249f70186f318d71d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_achievements_region" ON "achievements"  ("region_code") `);
    await queryRunner.query(`CREATE INDEX "ix_achievements_owner" ON "achievements"  ("owner_id") `);
    // written by hand: full-text search and field filters use GIN indexes, which TypeORM does not generate
    await queryRunner.query(
      `CREATE INDEX "ix_achievements_search" ON "achievements" USING GIN ("search_vector")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_achievements_fields" ON "achievements" USING GIN ("field_codes")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_achievements_status_created" ON "achievements"  ("status", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."patent_kind" AS ENUM('INVENTION', 'UTILITY_MODEL', 'DESIGN', 'SOFTWARE_COPYRIGHT', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "achievement_patents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "achievement_id" uuid NOT NULL, "number" character varying(14) NOT NULL, "title" character varying(200), "kind" "public"."patent_kind" NOT NULL, "position" integer NOT NULL, CONSTRAINT "uq_achievement_patents_number" UNIQUE ("achievement_id", "number"), CONSTRAINT "PK_22e89cafb12604d969ef6f2658f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "achievements" ADD CONSTRAINT "fk_achievements_owner" FOREIGN KEY ("owner_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "achievement_patents" ADD CONSTRAINT "fk_achievement_patents_achievement" FOREIGN KEY ("achievement_id") REFERENCES "achievements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "achievement_patents" DROP CONSTRAINT "fk_achievement_patents_achievement"`,
    );
    await queryRunner.query(`ALTER TABLE "achievements" DROP CONSTRAINT "fk_achievements_owner"`);
    await queryRunner.query(`DROP TABLE "achievement_patents"`);
    await queryRunner.query(`DROP TYPE "public"."patent_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_achievements_status_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_achievements_fields"`);
    await queryRunner.query(`DROP INDEX "public"."ix_achievements_search"`);
    await queryRunner.query(`DROP INDEX "public"."ix_achievements_owner"`);
    await queryRunner.query(`DROP INDEX "public"."ix_achievements_region"`);
    await queryRunner.query(`DROP TABLE "achievements"`);
    await queryRunner.query(`DROP TYPE "public"."achievement_status"`);
    await queryRunner.query(`DROP TYPE "public"."transfer_mode"`);
    await queryRunner.query(`DROP TYPE "public"."maturity"`);
  }
}
