import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const adminUrl = (url: string) => Object.assign(new URL(url), { pathname: '/postgres' }).toString();

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bench database name ${name}: letters, digits and _`);
  return name;
}

export const databaseExists = (url: string): Promise<boolean> =>
  withClient(
    adminUrl(url),
    async (c) =>
      !!(await c.query('select 1 from pg_database where datname = $1', [databaseName(url)])).rowCount,
  );

export const dropDatabase = (url: string): Promise<unknown> =>
  withClient(adminUrl(url), (c) => c.query(`drop database if exists "${databaseName(url)}" with (force)`));

export async function recreateDatabase(url: string): Promise<void> {
  await dropDatabase(url);
  await withClient(adminUrl(url), (c) => c.query(`create database "${databaseName(url)}"`));
}

/** `node dist/scripts/db.js migrate|seed-reference`, the entry point deployments use. */
export function dbScript(url: string, command: 'migrate' | 'seed-reference'): void {
  const script = fileURLToPath(new URL('../db.js', import.meta.url));
  execFileSync(process.execPath, [script, command], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
