import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions, queryTokens } from '@techmarket/shared';
import { PUBLIC_STATUSES } from '../../libs/catalog/src/achievements/achievement-lifecycle.js';
import { AchievementsRepository } from '../../libs/catalog/src/achievements/achievements.repository.js';
import { allEntities } from '../entities.js';

/**
 * `node dist/scripts/bench/search-explain.js ['材料 性能'] [33]`: runs one visitor's search on the benchmark
 * database, then prints EXPLAIN (ANALYZE, BUFFERS) of every statement it sent. An empty query is the listing.
 */
async function main(text: string, region: string): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/techmarket_bench_search';
  const db = new DataSource(dataSourceOptions(url, allEntities));
  await db.initialize();
  try {
    const sent: Array<[string, unknown[] | undefined]> = [];
    const query = db.query.bind(db);
    db.query = (async (sql: string, params?: unknown[]) => {
      sent.push([sql, params]);
      return query(sql, params);
    }) as typeof db.query;
    await new AchievementsRepository(db).search(
      {
        tokens: queryTokens(text),
        statuses: [...PUBLIC_STATUSES],
        viewerOrganizationId: 'ANONYMOUS',
        publicStatuses: PUBLIC_STATUSES,
        regionPrefix: region || null,
      },
      20,
      null,
      region.length === 2 ? 4 : 2,
    );
    db.query = query;
    for (const [sql, params] of sent) {
      const plan: Array<{ 'QUERY PLAN': string }> = await db.query(
        `explain (analyze, buffers) ${sql}`,
        params,
      );
      console.log(`${plan.map((r) => r['QUERY PLAN']).join('\n')}\n`);
    }
  } finally {
    await db.destroy();
  }
}

main(process.argv[2] ?? '材料 性能', process.argv[3] ?? '41').catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
