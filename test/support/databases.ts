import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@techmarket/shared';
import { allEntities } from '../../scripts/entities.js';

export const ADMIN_URL = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** The migrated template of this checkout (named as test/support/global-setup.mjs names it). */
export const TEMPLATE_DB = `techmarket_tpl_${createHash('sha1').update(process.cwd()).digest('hex').slice(0, 10)}`;

export const urlFor = (name: string): string => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
};

export async function adminQuery(sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file, cloned from the migrated template (immich's medium-test way). */
export async function createTestDatabase(prefix = 't'): Promise<TestDatabase> {
  const name = `techmarket_${prefix}_${randomBytes(5).toString('hex')}`;
  await adminQuery(`create database "${name}" template "${TEMPLATE_DB}"`);
  return {
    name,
    url: urlFor(name),
    drop: async () => {
      await adminQuery(`drop database if exists "${name}" with (force)`);
    },
  };
}

/** A cloned database with a TypeORM DataSource over every entity, for medium tests of repositories. */
export async function openTestDataSource(
  prefix: string,
): Promise<{ db: TestDatabase; dataSource: DataSource; close(): Promise<void> }> {
  const db = await createTestDatabase(prefix);
  const dataSource = new DataSource({ ...dataSourceOptions(db.url, allEntities), migrations: [] });
  await dataSource.initialize();
  return {
    db,
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await db.drop();
    },
  };
}
