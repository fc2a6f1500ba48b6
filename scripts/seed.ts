import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { FieldEntity, flattenTaxonomy } from '@techmarket/catalog';
import {
  checkCreditCode,
  hashPassword,
  OrganizationEntity,
  OrganizationKind,
  ServiceCategory,
  UserEntity,
} from '@techmarket/identity';
import { type AppConfig, checkRegionCode } from '@techmarket/shared';
import { projectRoot } from './project-root.js';
import { type DemoOrg, seedAchievements, seedExperts, seedNeeds } from './seed-catalog.js';
import { readTradePlan, seedTrades } from './seed-trade.js';

interface DemoOrganization {
  name: string;
  kind: OrganizationKind;
  creditCode: string;
  regionCode: string;
  serviceCategories: ServiceCategory[];
  verified: boolean;
  member: { email: string; name: string; password: string };
}

const readDemo = <T>(file: string): T =>
  JSON.parse(readFileSync(join(projectRoot(), 'data', 'demo', file), 'utf8')) as T;

/** Reference data every database needs, written on every start: the field taxonomy. */
export async function seedReference(dataSource: DataSource): Promise<void> {
  const fields = flattenTaxonomy();
  await dataSource.getRepository(FieldEntity).upsert(fields, ['code']);
  console.log(`taxonomy: ${fields.length} fields`);
}

/**
 * Reference data, then demo data into a database that has no organizations yet, in development only
 * (the demo members' password is in the repository): the catalogue in one transaction, then the trades
 * of data/demo/trade.json through the trading services (`config` names the database and Redis they use:
 * the same database as `dataSource`).
 */
export async function seed(dataSource: DataSource, config: AppConfig): Promise<void> {
  await seedReference(dataSource);
  if (config.env !== 'development') {
    console.log(`demo data: skipped, NODE_ENV is ${config.env} (demo members exist in development only)`);
    return;
  }

  if ((await dataSource.getRepository(OrganizationEntity).count()) > 0) {
    console.log('demo data: skipped, the database has data');
    return;
  }
  const organizations = readDemo<DemoOrganization[]>('organizations.json');
  const plan = readTradePlan(organizations.map((o) => o.name));
  const created: DemoOrg[] = [];
  await dataSource.transaction(async (em) => {
    for (const demo of organizations) {
      const { member, ...fields } = demo;
      checkCreditCode(fields.creditCode);
      checkRegionCode(fields.regionCode);
      const org = await em.save(OrganizationEntity, em.create(OrganizationEntity, fields));
      created.push(org);
      await em.save(
        UserEntity,
        em.create(UserEntity, {
          email: member.email,
          name: member.name,
          passwordHash: await hashPassword(member.password),
          role: 'MEMBER',
          organizationId: org.id,
        }),
      );
    }
    const achievements = await seedAchievements(em, created);
    const experts = await seedExperts(em, created);
    const needs = await seedNeeds(em, created);
    // the worker matches the demo catalogue once it starts, as it would after any write
    await em.query(`insert into matching_states (subject_kind, subject_id)
      select 'ACHIEVEMENT', id from achievements union all select 'NEED', id from needs
      union all select 'EXPERT', id from experts on conflict do nothing`);
    console.log(
      `demo data: ${organizations.length} organizations, each with a member (password demo-password); ` +
        `${achievements} achievements (CSL papers), ${experts} experts, ${needs} needs`,
    );
  });
  const started = Date.now();
  const trades = await seedTrades(dataSource, config, plan).catch((err: unknown) => {
    // the catalogue is committed, so the next start skips the demo: say how to get it whole
    throw new Error(
      `demo trades failed after the demo catalogue was loaded (drop the database and start again for the whole demo): ${String(err)}`,
      { cause: err },
    );
  });
  console.log(`demo trades in ${((Date.now() - started) / 1000).toFixed(1)} s: ${trades}`);
}
