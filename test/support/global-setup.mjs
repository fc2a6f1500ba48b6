// Once per run: build the code (incremental) and migrate a template database that every medium and
// end-to-end test file clones (test/support/databases.ts). Migrations run through the same entry
// point as `npm start`. Plain JS: jest loads global setup outside its module mapping.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import pg from 'pg';

const ADMIN_URL = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
// one template per checkout, so that two checkouts testing at once on one machine never share it
const TEMPLATE_DB = `techmarket_tpl_${createHash('sha1').update(process.cwd()).digest('hex').slice(0, 10)}`;

async function admin(sql) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export default async function globalSetup() {
  if (process.env.TECHMARKET_TEST_TEMPLATE_READY) return;
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  await admin(`drop database if exists "${TEMPLATE_DB}" with (force)`);
  await admin(`create database "${TEMPLATE_DB}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${TEMPLATE_DB}`;
  const env = { ...process.env, DATABASE_URL: url.toString() };
  execFileSync('node', ['dist/scripts/db.js', 'migrate'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  // the taxonomy is reference data every test needs; demo data is not loaded here
  execFileSync('node', ['dist/scripts/db.js', 'seed-reference'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.env.TECHMARKET_TEST_TEMPLATE_READY = '1';
}
