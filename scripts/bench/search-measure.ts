import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@techmarket/shared';
import { PUBLIC_STATUSES } from '../../libs/catalog/src/achievements/achievement-lifecycle.js';
import {
  type AchievementQuery,
  AchievementsRepository,
} from '../../libs/catalog/src/achievements/achievements.repository.js';
import { MATCH_CAP } from '../../libs/catalog/src/common/catalog-search.js';
import { allEntities } from '../entities.js';
import { percentile } from './search-random.js';
import type { SearchCase } from './search-queries.js';

export interface Series {
  label: string;
  samples: number[];
  note?: string;
}

/** What an anonymous visitor's `achievements(query, filter: { regionCode }, first: 20)` asks the repository. */
const visitorQuery = (tokens: string[], regionPrefix: string | null): AchievementQuery => ({
  tokens,
  statuses: [...PUBLIC_STATUSES],
  viewerOrganizationId: 'ANONYMOUS',
  publicStatuses: PUBLIC_STATUSES,
  fieldPrefix: null,
  regionPrefix,
});

async function time(runs: number, warmup: number, work: (i: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await work(i + runs);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = process.hrtime.bigint();
    await work(i);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return samples;
}

/** select 1, the search (two words, a province, first 20, facets, totalCount), the same search without the
 * province (not the target, shown for what it costs), and the plain listing. */
export async function measure(url: string, cases: SearchCase[], runs: number): Promise<Series[]> {
  const db = new DataSource(dataSourceOptions(url, allEntities));
  await db.initialize();
  try {
    const repo = new AchievementsRepository(db);
    const warmup = Math.min(20, runs);
    const ping = await time(runs, warmup, () => db.query('select 1'));
    const totals: number[] = [];
    const search = await time(runs, warmup, async (i) => {
      const c = cases[i % cases.length];
      const page = await repo.search(visitorQuery(c.tokens, c.regionPrefix), 20, null, 4);
      if (i < runs) totals.push(page.totalCount);
    });
    const national: number[] = [];
    const nationwide = await time(runs, warmup, async (i) => {
      const c = cases[i % cases.length];
      const page = await repo.search(visitorQuery(c.tokens, null), 20, null, 2);
      if (i < runs) national.push(page.totalCount);
    });
    let listed = 0;
    const listing = await time(runs, warmup, async () => {
      listed = (await repo.search(visitorQuery([], null), 20, null, 2)).totalCount;
    });
    const median = percentile(totals, 50);
    return [
      { label: 'select 1', samples: ping },
      {
        label: 'search: 2 words + province',
        samples: search,
        note: `totalCount median ${median.toLocaleString('en')}, max ${Math.max(...totals).toLocaleString('en')}`,
      },
      {
        label: 'search: same, no province',
        samples: nationwide,
        note: `totalCount median ${percentile(national, 50).toLocaleString('en')}, ${national.filter((n) => n >= MATCH_CAP).length} of ${runs} capped at ${MATCH_CAP.toLocaleString('en')}`,
      },
      { label: 'listing (no query)', samples: listing, note: `totalCount ${listed.toLocaleString('en')}` },
    ];
  } finally {
    await db.destroy();
  }
}

const ms = (x: number) => x.toFixed(1).padStart(8);

export function table(title: string, series: Series[]): string {
  const head = `${'ms'.padEnd(30)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'p99'.padStart(8)}`;
  const lines = series.map(
    (s) =>
      `${s.label.padEnd(30)}${ms(percentile(s.samples, 50))}${ms(percentile(s.samples, 95))}${ms(percentile(s.samples, 99))}` +
      (s.note ? `   ${s.note}` : ''),
  );
  const rule = '-'.repeat(head.length);
  return [title, rule, head, rule, ...lines, rule].join('\n');
}
