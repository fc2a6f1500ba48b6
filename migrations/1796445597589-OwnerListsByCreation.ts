import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A member's own lists (the workspace: every status of one organization's achievements or needs, newest
 * first) walk an index on (owner, creation, id) instead of fetching and sorting all of the organization's
 * rows; it also serves every lookup by owner that the single-column index served.
 */
export class OwnerListsByCreation1796445597589 implements MigrationInterface {
  name = 'OwnerListsByCreation1796445597589';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_achievements_owner_created" ON "achievements" ("owner_id", "created_at", "id") `,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_achievements_owner"`);
    await queryRunner.query(
      `CREATE INDEX "ix_needs_owner_created" ON "needs" ("owner_id", "created_at", "id") `,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_needs_owner"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_needs_owner" ON "needs" ("owner_id") `);
    await queryRunner.query(`DROP INDEX "public"."ix_needs_owner_created"`);
    await queryRunner.query(`CREATE INDEX "ix_achievements_owner" ON "achievements" ("owner_id") `);
    await queryRunner.query(`DROP INDEX "public"."ix_achievements_owner_created"`);
  }
}
