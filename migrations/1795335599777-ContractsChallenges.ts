import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContractsChallenges1795335599777 implements MigrationInterface {
  name = 'ContractsChallenges1795335599777';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."proposal_status" AS ENUM('SUBMITTED', 'AWARDED', 'NOT_AWARDED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "need_id" uuid NOT NULL, "solver_id" uuid NOT NULL, "summary" character varying(2000) NOT NULL, "price" numeric(18,2) NOT NULL, "duration_days" integer NOT NULL, "status" "public"."proposal_status" NOT NULL DEFAULT 'SUBMITTED', "contract_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_proposals_solver" UNIQUE ("need_id", "solver_id"), CONSTRAINT "ck_proposals_duration" CHECK ("duration_days" >= 1 AND "duration_days" <= 3650), CONSTRAINT "ck_proposals_price" CHECK ("price" > 0), CONSTRAINT "PK_db524c8db8e126a38a2f16d8cac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_proposals_solver" ON "proposals"  ("solver_id") `);
    await queryRunner.query(
      `CREATE TABLE "proposal_experts" ("proposal_id" uuid NOT NULL, "expert_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_89ce9f8978e48253e2882c532d7" PRIMARY KEY ("proposal_id", "expert_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_proposal_experts_expert" ON "proposal_experts"  ("expert_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contract_number_counters" ("year" integer NOT NULL, "region_code" character(6) NOT NULL, "n" integer NOT NULL, CONSTRAINT "ck_contract_number_counters_n" CHECK ("n" >= 1), CONSTRAINT "PK_a0d1b32000f7a0fc65e750f1a1c" PRIMARY KEY ("year", "region_code"))`,
    );
    // written by hand: one awarded proposal per need
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_proposals_awarded" ON "proposals" ("need_id") WHERE "status" = 'AWARDED'`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposals" ADD CONSTRAINT "fk_proposals_need" FOREIGN KEY ("need_id") REFERENCES "needs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposals" ADD CONSTRAINT "fk_proposals_solver" FOREIGN KEY ("solver_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposals" ADD CONSTRAINT "fk_proposals_contract" FOREIGN KEY ("contract_id") REFERENCES "contracts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_experts" ADD CONSTRAINT "fk_proposal_experts_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_experts" ADD CONSTRAINT "fk_proposal_experts_expert" FOREIGN KEY ("expert_id") REFERENCES "experts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposal_experts" DROP CONSTRAINT "fk_proposal_experts_expert"`);
    await queryRunner.query(`ALTER TABLE "proposal_experts" DROP CONSTRAINT "fk_proposal_experts_proposal"`);
    await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "fk_proposals_contract"`);
    await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "fk_proposals_solver"`);
    await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "fk_proposals_need"`);
    await queryRunner.query(`DROP INDEX "public"."uq_proposals_awarded"`);
    await queryRunner.query(`DROP TABLE "contract_number_counters"`);
    await queryRunner.query(`DROP INDEX "public"."ix_proposal_experts_expert"`);
    await queryRunner.query(`DROP TABLE "proposal_experts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_proposals_solver"`);
    await queryRunner.query(`DROP TABLE "proposals"`);
    await queryRunner.query(`DROP TYPE "public"."proposal_status"`);
  }
}
