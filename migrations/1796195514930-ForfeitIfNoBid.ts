import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ForfeitIfNoBid1796195514930 implements MigrationInterface {
  name = 'ForfeitIfNoBid1796195514930';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "trade_listings" ADD "forfeit_if_no_bid" boolean NOT NULL DEFAULT false`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "trade_listings" DROP COLUMN "forfeit_if_no_bid"`);
  }
}
