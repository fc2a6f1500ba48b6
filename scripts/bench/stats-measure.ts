import type { DataSource } from 'typeorm';
import type { MarketStats } from '../../libs/stats/src/market-stats.model.js';
import { type StatsWindow, statsWindow } from '../../libs/stats/src/stats-window.js';
import { StatsService } from '../../libs/stats/src/stats.service.js';

export interface StatsCase {
  label: string;
  window: StatsWindow;
}

/** Midnight in China time at the start of a month. */
const shanghai = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1) - 8 * 3_600_000);

/** The cases of issue #6, windows on whole days in China time, and one rolling window that is not. */
export function statsCases(now = new Date()): StatsCase[] {
  const year = new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear();
  const month = new Date(now.getTime() + 8 * 3_600_000).getUTCMonth() + 1;
  const lastMonth = month === 1 ? [year - 1, 12] : [year, month - 1];
  const start = shanghai(lastMonth[0], lastMonth[1]);
  const end = shanghai(year, month);
  const label = `${lastMonth[0]}-${String(lastMonth[1]).padStart(2, '0')}`;
  return [
    { label: 'whole market', window: statsWindow() },
    { label: 'province 220000', window: statsWindow('220000') },
    { label: 'city 330100', window: statsWindow('330100') },
    { label: `year ${year - 1}`, window: statsWindow(null, shanghai(year - 1, 1), shanghai(year, 1)) },
    { label: `220000 + ${label}`, window: statsWindow('220000', start, end) },
    {
      label: 'last 30 days to now (ms)',
      window: statsWindow(null, new Date(now.getTime() - 30 * 86_400_000), now),
    },
  ];
}

export interface Timing {
  label: string;
  stats: number[];
  ping: number[];
  result: MarketStats | null;
  /** the call that ran into statement_timeout, if one did (the case is not measured further) */
  timedOut?: number;
}

const isTimeout = (err: unknown) => (err as { code?: string }).code === '57014';

const elapsed = async (work: () => Promise<unknown>): Promise<number> => {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
};

/** `runs` timed calls of `StatsService.market` per case, each after a timed `select 1` on the same pool. */
export async function measure(db: DataSource, cases: StatsCase[], runs: number): Promise<Timing[]> {
  const service = new StatsService(db);
  const out: Timing[] = [];
  for (const c of cases) {
    const stats: number[] = [];
    const ping: number[] = [];
    let result: MarketStats | null = null;
    try {
      for (let i = -2; i < runs; i += 1) {
        const p = await elapsed(() => db.query('select 1'));
        const s = await elapsed(async () => (result = await service.market(c.window)));
        if (i >= 0) (ping.push(p), stats.push(s));
      }
      out.push({ label: c.label, stats, ping, result });
    } catch (err) {
      if (!isTimeout(err)) throw err;
      out.push({ label: c.label, stats, ping, result, timedOut: stats.length + 1 });
    }
  }
  return out;
}

/** Amounts as Postgres prints sums of numeric(18,2): '0' and '0.00' are the same money. */
const normalized = (stats: MarketStats) =>
  JSON.stringify(stats, (key, value: unknown) =>
    typeof value === 'string' && /amount$/i.test(key) && !value.includes('.') ? `${value}.00` : value,
  );

/** Compares each case's marketStats with a recount from the base tables alone (timed); the cases that differ. */
export async function verify(
  db: DataSource,
  cases: StatsCase[],
  log: (line: string) => void,
): Promise<string[]> {
  const service = new StatsService(db);
  const differing: string[] = [];
  for (const c of cases) {
    const fast = await service.market(c.window);
    const started = Date.now();
    const slow = await service.recount(c.window);
    const same = normalized(fast) === normalized(slow);
    log(
      `  ${c.label.padEnd(28)} recount ${String(Date.now() - started).padStart(6)} ms: ${same ? 'identical' : 'DIFFERENT'}`,
    );
    if (!same) differing.push(`${c.label}:\n  ${normalized(fast)}\n  ${normalized(slow)}`);
  }
  return differing;
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const ms = (x: number) => x.toFixed(1).padStart(9);

export function table(title: string, timings: Timing[]): string {
  const head = `${'ms'.padEnd(28)}${'p50'.padStart(9)}${'p95'.padStart(9)}${'select 1'.padStart(11)}${'p95'.padStart(9)}   result`;
  const rule = '-'.repeat(head.length + 40);
  const lines = timings.map((t) =>
    t.timedOut
      ? `${t.label.padEnd(28)}   call ${t.timedOut} ran into statement_timeout (untimed warm-ups included)`
      : `${t.label.padEnd(28)}${ms(percentile(t.stats, 50))}${ms(percentile(t.stats, 95))}  ${ms(percentile(t.ping, 50))}${ms(percentile(t.ping, 95))}` +
        `   ${t.result?.achievements.toLocaleString('en')} listed, ${t.result?.deals.toLocaleString('en')} deals ¥${t.result?.dealAmount}, ` +
        `${t.result?.byRegion.length} regions, ${t.result?.byMonth.length} months`,
  );
  return [title, rule, head, rule, ...lines, rule].join('\n');
}
