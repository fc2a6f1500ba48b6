import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Matching1795333280590 implements MigrationInterface {
  name = 'Matching1795333280590';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."matching_status" AS ENUM('PENDING', 'RUNNING', 'DONE', 'FAILED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "matching_states" ("subject_kind" character varying(12) NOT NULL, "subject_id" uuid NOT NULL, "status" "public"."matching_status" NOT NULL DEFAULT 'PENDING', "version" integer NOT NULL DEFAULT '1', "done_version" integer NOT NULL DEFAULT '0', "candidates" integer NOT NULL DEFAULT '0', "error" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_matching_states_subject" CHECK ("subject_kind" IN ('NEED', 'ACHIEVEMENT', 'EXPERT')), CONSTRAINT "PK_1b1b4f77926c7fbbc32e5c655df" PRIMARY KEY ("subject_kind", "subject_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_matching_states_pending" ON "matching_states"  ("updated_at") WHERE "status" IN ('PENDING', 'RUNNING')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."match_target" AS ENUM('ACHIEVEMENT', 'EXPERT')`);
    await queryRunner.query(
      `CREATE TYPE "public"."match_status" AS ENUM('SUGGESTED', 'VIEWED', 'DISMISSED', 'DOCKING', 'DEALT')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."dismiss_reason" AS ENUM('TOO_EARLY_STAGE', 'PRICE', 'FIELD_MISMATCH', 'NOT_NOVEL', 'REGION', 'ALREADY_SOLVED', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "matches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "need_id" uuid NOT NULL, "target" "public"."match_target" NOT NULL, "achievement_id" uuid, "expert_id" uuid, "score" double precision NOT NULL, "reasons" jsonb NOT NULL DEFAULT '[]', "status" "public"."match_status" NOT NULL DEFAULT 'SUGGESTED', "dismiss_reason" "public"."dismiss_reason", "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_matches_need_expert" UNIQUE ("need_id", "expert_id"), CONSTRAINT "uq_matches_need_achievement" UNIQUE ("need_id", "achievement_id"), CONSTRAINT "ck_matches_dismissal" CHECK (("status" = 'DISMISSED') = ("dismiss_reason" IS NOT NULL)), CONSTRAINT "ck_matches_score" CHECK ("score" >= 0 AND "score" <= 1), CONSTRAINT "ck_matches_target" CHECK (("target" = 'ACHIEVEMENT' AND "achievement_id" IS NOT NULL AND "expert_id" IS NULL) OR ("target" = 'EXPERT' AND "expert_id" IS NOT NULL AND "achievement_id" IS NULL)), CONSTRAINT "PK_8a22c7b2e0828988d51256117f4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_matches_expert" ON "matches"  ("expert_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_matches_achievement_score" ON "matches"  ("achievement_id", "score") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_matches_need_target_score" ON "matches"  ("need_id", "target", "score") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."docking_status" AS ENUM('REQUESTED', 'ACCEPTED', 'DECLINED', 'CLOSED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "dockings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" "public"."docking_status" NOT NULL DEFAULT 'REQUESTED', "requester_id" uuid NOT NULL, "target_id" uuid NOT NULL, "achievement_id" uuid, "need_id" uuid, "expert_id" uuid, "match_id" uuid, "message" character varying(2000) NOT NULL, "reply" character varying(2000), "broker_user_id" uuid, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_dockings_parties" CHECK ("requester_id" <> "target_id"), CONSTRAINT "ck_dockings_subject" CHECK ("achievement_id" IS NOT NULL OR "expert_id" IS NOT NULL OR "need_id" IS NOT NULL), CONSTRAINT "PK_027c42c6dd39954a0993b1e711d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_dockings_target" ON "dockings"  ("target_id", "created_at") `);
    await queryRunner.query(
      `CREATE INDEX "ix_dockings_requester" ON "dockings"  ("requester_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "listing_terms" ("kind" character varying(12) NOT NULL, "id" uuid NOT NULL, "words" text array NOT NULL, "bigrams" text array NOT NULL, CONSTRAINT "PK_4f4ba3115d9e21e20b0d5d0d5a6" PRIMARY KEY ("kind", "id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "term_df" ("kind" character varying(12) NOT NULL, "channel" character varying(8) NOT NULL, "term" text NOT NULL, "df" integer NOT NULL, CONSTRAINT "PK_b376be317a52fba70872c701825" PRIMARY KEY ("kind", "channel", "term"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "corpus_totals" ("kind" character varying(12) NOT NULL, "channel" character varying(8) NOT NULL, "doc_count" integer NOT NULL DEFAULT '0', "total_length" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_026ea5ed537e9c94b91aabf0218" PRIMARY KEY ("kind", "channel"))`,
    );
    // written by hand: candidates are found by GIN lookups on the terms, which TypeORM does not generate
    await queryRunner.query(`CREATE INDEX "ix_listing_terms_words" ON "listing_terms" USING GIN ("words")`);
    await queryRunner.query(
      `CREATE INDEX "ix_listing_terms_bigrams" ON "listing_terms" USING GIN ("bigrams")`,
    );
    await queryRunner.query(
      `ALTER TABLE "matches" ADD CONSTRAINT "fk_matches_need" FOREIGN KEY ("need_id") REFERENCES "needs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "matches" ADD CONSTRAINT "fk_matches_achievement" FOREIGN KEY ("achievement_id") REFERENCES "achievements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "matches" ADD CONSTRAINT "fk_matches_expert" FOREIGN KEY ("expert_id") REFERENCES "experts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dockings" ADD CONSTRAINT "fk_dockings_requester" FOREIGN KEY ("requester_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dockings" ADD CONSTRAINT "fk_dockings_target" FOREIGN KEY ("target_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dockings" ADD CONSTRAINT "fk_dockings_achievement" FOREIGN KEY ("achievement_id") REFERENCES "achievements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dockings" ADD CONSTRAINT "fk_dockings_need" FOREIGN KEY ("need_id") REFERENCES "needs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dockings" ADD CONSTRAINT "fk_dockings_expert" FOREIGN KEY ("expert_id") REFERENCES "experts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dockings" ADD CONSTRAINT "fk_dockings_match" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dockings" ADD CONSTRAINT "fk_dockings_broker" FOREIGN KEY ("broker_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_listing_terms_bigrams"`);
    await queryRunner.query(`DROP INDEX "public"."ix_listing_terms_words"`);
    await queryRunner.query(`ALTER TABLE "dockings" DROP CONSTRAINT "fk_dockings_broker"`);
    await queryRunner.query(`ALTER TABLE "dockings" DROP CONSTRAINT "fk_dockings_match"`);
    await queryRunner.query(`ALTER TABLE "dockings" DROP CONSTRAINT "fk_dockings_expert"`);
    await queryRunner.query(`ALTER TABLE "dockings" DROP CONSTRAINT "fk_dockings_need"`);
    await queryRunner.query(`ALTER TABLE "dockings" DROP CONSTRAINT "fk_dockings_achievement"`);
    await queryRunner.query(`ALTER TABLE "dockings" DROP CONSTRAINT "fk_dockings_target"`);
    await queryRunner.query(`ALTER TABLE "dockings" DROP CONSTRAINT "fk_dockings_requester"`);
    await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "fk_matches_expert"`);
    await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "fk_matches_achievement"`);
    await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "fk_matches_need"`);
    await queryRunner.query(`DROP TABLE "corpus_totals"`);
    await queryRunner.query(`DROP TABLE "term_df"`);
    await queryRunner.query(`DROP TABLE "listing_terms"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dockings_requester"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dockings_target"`);
    await queryRunner.query(`DROP TABLE "dockings"`);
    await queryRunner.query(`DROP TYPE "public"."docking_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_matches_need_target_score"`);
    await queryRunner.query(`DROP INDEX "public"."ix_matches_achievement_score"`);
    await queryRunner.query(`DROP INDEX "public"."ix_matches_expert"`);
    await queryRunner.query(`DROP TABLE "matches"`);
    await queryRunner.query(`DROP TYPE "public"."dismiss_reason"`);
    await queryRunner.query(`DROP TYPE "public"."match_status"`);
    await queryRunner.query(`DROP TYPE "public"."match_target"`);
    await queryRunner.query(`DROP INDEX "public"."ix_matching_states_pending"`);
    await queryRunner.query(`DROP TABLE "matching_states"`);
    await queryRunner.query(`DROP TYPE "public"."matching_status"`);
  }
}
