import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The statuses anyone may see (PUBLIC_STATUSES in achievement-lifecycle.ts): the partial index and the facet
 * counts below hold these; change both together. */
const PUBLIC = `('LISTED', 'IN_TRADE', 'DEALT')`;

/** The public rows of a relation with a weight `d`, once in scope '' (everywhere) and once in their province's. */
const scoped = (rows: string, d: string) => `
  select ${d} as d, r.id, s.scope, r.region_code, r.field_codes, r.maturity, r.transfer_modes
  from ${rows} r cross join lateral (values (''), (left(r.region_code, 2))) s(scope)
  where r.status in ${PUBLIC}`;

/**
 * Adds the net counts of scoped rows to the kept ones, as CatalogSearch counts a filtered set: total; regions
 * by province in scope '' and by city in a province; each field code and its parent, once per row; maturity;
 * transfer modes. In key order, so that concurrent writers lock the same rows in the same order.
 */
const apply = (rows: string) => `
  with k as (${rows})
  insert into achievement_public_facets as f (scope, facet, value, count)
  select scope, facet, value, sum(d) from (
    select d, scope, 'total' as facet, '' as value from k
    union all select d, scope, 'regions',
      case when scope = '' then left(region_code, 2) || '0000' else left(region_code, 4) || '00' end from k
    union all select d, scope, 'fields', v from (select distinct k.d, k.id, k.scope, u.v from k
      cross join unnest(k.field_codes) c cross join lateral (values (c::text), (left(c, 2))) u(v)) x
    union all select d, scope, 'maturity', maturity::text from k where maturity is not null
    union all select d, scope, 'transferModes', m::text from k cross join unnest(k.transfer_modes) m
  ) x group by 1, 2, 3 having sum(d) <> 0 order by 1, 2, 3
  on conflict (scope, facet, value) do update set count = f.count + excluded.count`;

export class SearchTuning1795335271431 implements MigrationInterface {
  name = 'SearchTuning1795335271431';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // the GIN build below takes minutes at 1M rows; it sorts its keys in fewer passes with more memory
    await queryRunner.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    // Words within a province: each lexeme prefixed by the province ('33/材料'), so that a search in one
    // province reads that province's posting lists only, not every row that has a common word.
    await queryRunner.query(
      `CREATE FUNCTION catalog_province_lexemes(v tsvector, region bpchar) RETURNS tsvector
         LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
         AS $$ select array_to_tsvector(array(select left(region, 2) || '/' || l from unnest(tsvector_to_array(v)) l)) $$`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_achievements_search_province" ON "achievements"
         USING GIN (catalog_province_lexemes("search_vector", "region_code"))`,
    );
    // The public catalogue newest first: the listing's page, and the window of recent rows for broad searches.
    await queryRunner.query(
      `CREATE INDEX "ix_achievements_public_created" ON "achievements" ("created_at", "id") WHERE "status" IN ${PUBLIC}`,
    );
    // Count and facets of the public catalogue, everywhere and per province, kept by statement triggers.
    await queryRunner.query(
      `CREATE TABLE "achievement_public_facets" ("scope" character varying(2) NOT NULL, "facet" character varying(16) NOT NULL,
         "value" character varying(16) NOT NULL, "count" integer NOT NULL,
         CONSTRAINT "pk_achievement_public_facets" PRIMARY KEY ("scope", "facet", "value"))`,
    );
    await queryRunner.query(apply(scoped('achievements', '1')));
    await queryRunner.query(
      `CREATE FUNCTION achievement_public_facets_apply() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'INSERT' THEN
           ${apply(scoped('new_rows', '1'))};
         ELSIF TG_OP = 'UPDATE' THEN
           ${apply(`${scoped('old_rows', '-1')} union all ${scoped('new_rows', '1')}`)};
         ELSIF TG_OP = 'DELETE' THEN
           ${apply(scoped('old_rows', '-1'))};
         ELSE
           DELETE FROM achievement_public_facets;
         END IF;
         RETURN NULL;
       END $$`,
    );
    for (const [op, referencing] of [
      ['INSERT', 'REFERENCING NEW TABLE AS new_rows'],
      ['UPDATE', 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'],
      ['DELETE', 'REFERENCING OLD TABLE AS old_rows'],
    ]) {
      await queryRunner.query(
        `CREATE TRIGGER "tr_achievement_public_facets_${op.toLowerCase()}" AFTER ${op} ON "achievements"
           ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION achievement_public_facets_apply()`,
      );
    }
    await queryRunner.query(
      `CREATE TRIGGER "tr_achievement_public_facets_truncate" AFTER TRUNCATE ON "achievements"
         FOR EACH STATEMENT EXECUTE FUNCTION achievement_public_facets_apply()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const op of ['insert', 'update', 'delete', 'truncate']) {
      await queryRunner.query(`DROP TRIGGER "tr_achievement_public_facets_${op}" ON "achievements"`);
    }
    await queryRunner.query(`DROP FUNCTION achievement_public_facets_apply()`);
    await queryRunner.query(`DROP TABLE "achievement_public_facets"`);
    await queryRunner.query(`DROP INDEX "public"."ix_achievements_public_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_achievements_search_province"`);
    await queryRunner.query(`DROP FUNCTION catalog_province_lexemes(tsvector, bpchar)`);
  }
}
