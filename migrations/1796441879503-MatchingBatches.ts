import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Full re-matches queue one job per batch of subjects: the job that holds a request, left out of the sweep. */
export class MatchingBatches1796441879503 implements MigrationInterface {
  name = 'MatchingBatches1796441879503';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_matching_states_pending"`);
    await queryRunner.query(`ALTER TABLE "matching_states" ADD "batch_job" character varying(80)`);
    await queryRunner.query(
      `CREATE INDEX "ix_matching_states_pending" ON "matching_states"  ("updated_at") WHERE "status" IN ('PENDING', 'RUNNING') AND "batch_job" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_matching_states_batched" ON "matching_states"  ("batch_job") WHERE "batch_job" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_matching_states_batched"`);
    await queryRunner.query(`DROP INDEX "public"."ix_matching_states_pending"`);
    await queryRunner.query(`ALTER TABLE "matching_states" DROP COLUMN "batch_job"`);
    await queryRunner.query(
      `CREATE INDEX "ix_matching_states_pending" ON "matching_states"  ("updated_at") WHERE "status" IN ('PENDING', 'RUNNING')`,
    );
  }
}
