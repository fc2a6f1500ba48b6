import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NeedsExperts1795332430473 implements MigrationInterface {
  name = 'NeedsExperts1795332430473';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "experts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid, "name" character varying(100) NOT NULL, "title" character varying(200), "field_codes" character varying(8) array NOT NULL, "research_areas" text array NOT NULL DEFAULT '{}', "bio" character varying(2000) NOT NULL, "region_code" character(6) NOT NULL, "search_vector" tsvector, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_experts_research_areas" CHECK (cardinality("research_areas") <= 20), CONSTRAINT "ck_experts_fields" CHECK (cardinality("field_codes") >= 1), CONSTRAINT "PK_8ecb9ec7e8b977b177fde797e6a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_experts_created" ON "experts"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_experts_organization" ON "experts"  ("organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "achievement_team" ("achievement_id" uuid NOT NULL, "expert_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_06325d8504203a722d130332ed3" PRIMARY KEY ("achievement_id", "expert_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_achievement_team_expert" ON "achievement_team"  ("expert_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."need_status" AS ENUM('DRAFT', 'PENDING_REVIEW', 'OPEN', 'REJECTED', 'SOLVED', 'CLOSED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "needs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL, "keywords" text array NOT NULL DEFAULT '{}', "field_codes" character varying(8) array NOT NULL, "budget_min" numeric(18,2), "budget_max" numeric(18,2), "cooperation_modes" "public"."transfer_mode" array NOT NULL, "min_maturity" "public"."maturity", "deadline" TIMESTAMP WITH TIME ZONE, "region_code" character(6) NOT NULL, "status" "public"."need_status" NOT NULL DEFAULT 'DRAFT', "review_comment" text, "challenge_reward" numeric(18,2), "challenge_deadline" TIMESTAMP WITH TIME ZONE, "search_vector" tsvector, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "opened_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_needs_challenge" CHECK (("challenge_reward" IS NULL) = ("challenge_deadline" IS NULL) AND ("challenge_reward" IS NULL OR "challenge_reward" > 0)), CONSTRAINT "ck_needs_budget" CHECK ("budget_min" >= 0 AND "budget_max" >= 0 AND "budget_min" <= "budget_max"), CONSTRAINT "ck_needs_description" CHECK (char_length("description") <= 20000), CONSTRAINT "ck_needs_modes" CHECK (cardinality("cooperation_modes") >= 1), CONSTRAINT "ck_needs_fields" CHECK (cardinality("field_codes") >= 1), CONSTRAINT "ck_needs_keywords" CHECK (cardinality("keywords") <= 20), CONSTRAINT "PK_fdb71d393bc390a1a09ac047dd1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_needs_owner" ON "needs"  ("owner_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_needs_status_created" ON "needs"  ("status", "created_at", "id") `,
    );
    // written by hand: full-text search uses GIN indexes, which TypeORM does not generate
    await queryRunner.query(`CREATE INDEX "ix_experts_search" ON "experts" USING GIN ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "ix_needs_search" ON "needs" USING GIN ("search_vector")`);
    await queryRunner.query(
      `ALTER TABLE "experts" ADD CONSTRAINT "fk_experts_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "achievement_team" ADD CONSTRAINT "fk_achievement_team_achievement" FOREIGN KEY ("achievement_id") REFERENCES "achievements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "achievement_team" ADD CONSTRAINT "fk_achievement_team_expert" FOREIGN KEY ("expert_id") REFERENCES "experts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "needs" ADD CONSTRAINT "fk_needs_owner" FOREIGN KEY ("owner_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "needs" DROP CONSTRAINT "fk_needs_owner"`);
    await queryRunner.query(`ALTER TABLE "achievement_team" DROP CONSTRAINT "fk_achievement_team_expert"`);
    await queryRunner.query(
      `ALTER TABLE "achievement_team" DROP CONSTRAINT "fk_achievement_team_achievement"`,
    );
    await queryRunner.query(`ALTER TABLE "experts" DROP CONSTRAINT "fk_experts_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ix_needs_search"`);
    await queryRunner.query(`DROP INDEX "public"."ix_experts_search"`);
    await queryRunner.query(`DROP INDEX "public"."ix_needs_status_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_needs_owner"`);
    await queryRunner.query(`DROP TABLE "needs"`);
    await queryRunner.query(`DROP TYPE "public"."need_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_achievement_team_expert"`);
    await queryRunner.query(`DROP TABLE "achievement_team"`);
    await queryRunner.query(`DROP INDEX "public"."ix_experts_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ix_experts_created"`);
    await queryRunner.query(`DROP TABLE "experts"`);
  }
}
