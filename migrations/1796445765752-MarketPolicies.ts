import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Policies as data, per market and kind, from the day they take effect. A policy never changes (a trigger
 * refuses UPDATE, DELETE and TRUNCATE), so that what was assessed under it stays as it was. The root starts
 * with the defaults: Jilin's 交易后补助 (JILIN_SUBSIDY_POLICY in libs/trading/src/rules/subsidy.ts, which a
 * medium test holds equal to this row) and broker points of 10 / 30 / 50, in force since 2000.
 */
export class MarketPolicies1796445765752 implements MigrationInterface {
  name = 'MarketPolicies1796445765752';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."market_policy_kind" AS ENUM('SUBSIDY', 'BROKER_POINTS')`);
    await queryRunner.query(
      `CREATE TABLE "market_policies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "market_code" character varying(32) NOT NULL, "kind" "public"."market_policy_kind" NOT NULL, "name" character varying(100) NOT NULL, "effective_from" date NOT NULL, "terms" jsonb NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_market_policies_day" UNIQUE ("market_code", "kind", "effective_from"), CONSTRAINT "PK_06556462d8e564ad4c8800b2fa7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "market_policies" ADD CONSTRAINT "fk_market_policies_market" FOREIGN KEY ("market_code") REFERENCES "markets"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "market_policies" ("market_code", "kind", "name", "effective_from", "terms", "created_at") VALUES
       ('root', 'SUBSIDY', '吉林省技术合同交易后补助', '2000-01-01',
        '{"ratePercent": 10, "tiers": [{"minAmount": "300000.00", "cap": "500000.00"}, {"minAmount": "50000000.00", "cap": "1000000.00"}, {"minAmount": "100000000.00", "cap": "2000000.00"}], "yearlyCap": "2000000.00"}',
        '2000-01-01 00:00:00+08'),
       ('root', 'BROKER_POINTS', '技术经纪人贡献积分（平台默认）', '2000-01-01',
        '{"dockingAccepted": 10, "deal": 30, "contractRegistered": 50}', '2000-01-01 00:00:00+08')`,
    );
    await queryRunner.query(
      `CREATE FUNCTION market_policies_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION 'market_policies never change: % refused', TG_OP USING ERRCODE = '55000';
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER market_policies_immutable BEFORE UPDATE OR DELETE ON "market_policies"
       FOR EACH ROW EXECUTE FUNCTION market_policies_immutable()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER market_policies_no_truncate BEFORE TRUNCATE ON "market_policies"
       FOR EACH STATEMENT EXECUTE FUNCTION market_policies_immutable()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER market_policies_no_truncate ON "market_policies"`);
    await queryRunner.query(`DROP TRIGGER market_policies_immutable ON "market_policies"`);
    await queryRunner.query(`DROP FUNCTION market_policies_immutable()`);
    await queryRunner.query(`ALTER TABLE "market_policies" DROP CONSTRAINT "fk_market_policies_market"`);
    await queryRunner.query(`DROP TABLE "market_policies"`);
    await queryRunner.query(`DROP TYPE "public"."market_policy_kind"`);
  }
}
