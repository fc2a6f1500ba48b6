import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795330512316 implements MigrationInterface {
  name = 'Foundation1795330512316';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "fields" ("code" character varying(8) NOT NULL, "name" character varying(100) NOT NULL, "parent_code" character varying(8), "position" integer NOT NULL, CONSTRAINT "PK_2439ea7c279fae477b26812e068" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_fields_parent" ON "fields"  ("parent_code") `);
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "subject_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notifications_user_created" ON "notifications"  ("user_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."organization_kind" AS ENUM('ENTERPRISE', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'TRANSFER_INSTITUTION', 'SERVICE_PROVIDER')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."service_category" AS ENUM('TECH_TRANSFER', 'FINANCE', 'INTELLECTUAL_PROPERTY', 'TESTING', 'LEGAL_TAX', 'CONSULTING', 'INCUBATION')`,
    );
    await queryRunner.query(
      `CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "kind" "public"."organization_kind" NOT NULL, "credit_code" character(18) NOT NULL, "region_code" character(6) NOT NULL, "verified" boolean NOT NULL DEFAULT false, "service_categories" "public"."service_category" array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_organizations_credit_code" ON "organizations"  ("credit_code") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_organizations_region" ON "organizations"  ("region_code") `);
    await queryRunner.query(
      `CREATE INDEX "ix_organizations_created" ON "organizations"  ("created_at", "id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."platform_role" AS ENUM('MEMBER', 'OPERATOR')`);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" text NOT NULL, "name" character varying(100) NOT NULL, "role" "public"."platform_role" NOT NULL DEFAULT 'MEMBER', "organization_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_users_email_lowercase" CHECK ("email" = lower("email")), CONSTRAINT "ck_users_member_has_organization" CHECK ("role" = 'OPERATOR' OR "organization_id" IS NOT NULL), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_email" ON "users"  ("email") `);
    await queryRunner.query(`CREATE INDEX "ix_users_organization" ON "users"  ("organization_id") `);
    await queryRunner.query(
      `ALTER TABLE "fields" ADD CONSTRAINT "fk_fields_parent" FOREIGN KEY ("parent_code") REFERENCES "fields"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "fk_users_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "fk_users_organization"`);
    await queryRunner.query(`ALTER TABLE "fields" DROP CONSTRAINT "fk_fields_parent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_users_organization"`);
    await queryRunner.query(`DROP INDEX "public"."uq_users_email"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TYPE "public"."platform_role"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organizations_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organizations_region"`);
    await queryRunner.query(`DROP INDEX "public"."uq_organizations_credit_code"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
    await queryRunner.query(`DROP TYPE "public"."service_category"`);
    await queryRunner.query(`DROP TYPE "public"."organization_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_user_created"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fields_parent"`);
    await queryRunner.query(`DROP TABLE "fields"`);
  }
}
