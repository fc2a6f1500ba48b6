import { execFileSync } from 'node:child_process';
import { adminQuery, TEMPLATE_DB, urlFor } from './databases';

/**
 * Once per run: build the code (incremental) and migrate a template database that every medium and
 * end-to-end test file clones. Migrations run through the same entry point as `npm start`.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TECHMARKET_TEST_TEMPLATE_READY) return;
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  await adminQuery(`drop database if exists "${TEMPLATE_DB}" with (force)`);
  await adminQuery(`create database "${TEMPLATE_DB}"`);
  execFileSync('node', ['dist/scripts/db.js', 'migrate'], {
    env: { ...process.env, DATABASE_URL: urlFor(TEMPLATE_DB) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // the taxonomy is reference data every test needs; demo data is not loaded here
  execFileSync('node', ['dist/scripts/db.js', 'seed-reference'], {
    env: { ...process.env, DATABASE_URL: urlFor(TEMPLATE_DB) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.env.TECHMARKET_TEST_TEMPLATE_READY = '1';
}
