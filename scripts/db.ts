import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions, ensureDatabase, loadConfigOrExit, withAdvisoryLock } from '@techmarket/shared';
import { allEntities } from './entities.js';
import { seed, seedReference } from './seed.js';

const MIGRATION_LOCK = 7_410_001;

/** `node dist/scripts/db.js migrate|seed|seed-reference|setup`: create the database, apply migrations, load data. */
async function main(command: string): Promise<void> {
  const config = loadConfigOrExit();
  if (await ensureDatabase(config.databaseUrl)) console.log('created the database');
  const dataSource = new DataSource(dataSourceOptions(config.databaseUrl, allEntities));
  await dataSource.initialize();
  try {
    if (command === 'migrate' || command === 'setup') {
      await withAdvisoryLock(config.databaseUrl, MIGRATION_LOCK, async () => {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        console.log(
          applied.length ? `applied ${applied.map((m) => m.name).join(', ')}` : 'migrations: up to date',
        );
      });
    }
    if (command === 'seed' || command === 'setup') {
      await withAdvisoryLock(config.databaseUrl, MIGRATION_LOCK, () => seed(dataSource, config.env));
    }
    if (command === 'seed-reference') await seedReference(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

const command = process.argv[2] ?? 'setup';
if (!['migrate', 'seed', 'seed-reference', 'setup'].includes(command)) {
  console.error('usage: db.js migrate|seed|seed-reference|setup');
  process.exit(2);
}
main(command).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
