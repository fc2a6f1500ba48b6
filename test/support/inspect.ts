import { sql } from './flows.js';
import type { Platform } from './platform.js';

/** Rows in a table of the platform's database, read beside the API (to show a refusal changed nothing). */
export async function rowCount(platform: Platform, table: string): Promise<number> {
  return (await sql(platform, `select count(*)::int as n from ${table}`))[0].n;
}

/** One unlabelled counter or gauge of the API's `/metrics`. */
export async function metric(platform: Platform, name: string): Promise<number> {
  const text = await (await fetch(`${platform.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  if (!line) throw new Error(`no metric ${name}`);
  return Number(line.slice(name.length + 1));
}
