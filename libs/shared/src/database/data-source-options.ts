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
    extra: { max: 20, application_name: 'techmarket' },
  };
}
