import { join } from 'node:path';
import { type DataSourceOptions, EntitySchema, type MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/** dist/migrations/*.js when compiled, migrations/*.ts under ts tooling: the same four levels up. */
export const MIGRATIONS_GLOB = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'migrations',
  import.meta.filename.endsWith('.ts') ? '*.ts' : '*.js',
);

/** Postgres settings every connection of the platform starts with. */
export const SESSION_OPTIONS = '-c jit=off -c work_mem=16MB';

export function dataSourceOptions(
  url: string,
  entities: MixedList<Function | string | EntitySchema>,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'typeorm_migrations',
    uuidExtension: 'pgcrypto',
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    // Session settings for an OLTP service: no JIT compilation (Postgres 15 starts it for a search that
    // counts a very common word over a million rows, and the compile costs more than the query), and
    // work_mem for those counts' bitmaps to stay exact instead of lossy.
    extra: { max: 20, application_name: 'techmarket', options: SESSION_OPTIONS },
  };
}
