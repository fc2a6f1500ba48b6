import { type Source, baseByField, baseByMonth, baseByRegion, baseTotals } from './stats-base-sql.js';
import { industryByField, industryByMonth, industryByRegion, industryTotals } from './stats-industry-sql.js';
import type { StatsPlan } from './stats-plan.js';
import type { StatsWindow } from './stats-window.js';

export type { Source } from './stats-base-sql.js';

/**
 * The four statements of marketStats for a plan, with their parameters ($1 scope, $2 region pattern, and
 * for an industry market $3 its field patterns: rows only, there being no aggregate by market).
 */
export interface StatsStatements {
  params: unknown[];
  totals: string;
  byField: string;
  byRegion: string;
  byMonth: string;
}

const TOTALS = `sum(count) filter (where kind = 'ACHIEVEMENT') as achievements,
  sum(count) filter (where kind = 'NEED') as needs, sum(count) filter (where kind = 'EXPERT') as experts,
  sum(count) filter (where kind = 'ORGANIZATION') as organizations, sum(count) filter (where kind = 'MATCH') as matches,
  sum(count) filter (where kind = 'DOCKING') as dockings, sum(count) filter (where kind = 'DEAL') as deals,
  sum(amount) filter (where kind = 'DEAL') as "dealAmount",
  sum(count) filter (where kind = 'CONTRACT') as "contractsRegistered",
  sum(amount) filter (where kind = 'CONTRACT') as "contractAmount"`;

export function statsStatements(w: StatsWindow, plan: StatsPlan, source: Source): StatsStatements {
  const industry = !!w.fields;
  if (industry && plan.days) throw new Error('an industry market is read from rows');
  const params: unknown[] = [w.prefix, `${w.prefix}%`, ...(industry ? [w.fields?.map((f) => `${f}%`)] : [])];
  const param = (value: unknown) => `$${params.push(value)}`;

  // whole days from stats_daily, the rows of scope $1
  const days = plan.days;
  const dayFilter = days
    ? [
        ...(plan.bounded ? [`day < 'infinity'`] : []), // a row without a time is in no bounded window
        ...(days.from ? [`day >= ${param(days.from)}::date`] : []),
        ...(days.to ? [`day < ${param(days.to)}::date`] : []),
      ]
        .map((c) => ` and ${c}`)
        .join('')
    : null;
  const daily = (kind: string, select: string) =>
    dayFilter === null ? [] : [`select ${select} from stats_daily where scope = $1 and ${kind}${dayFilter}`];

  // the rest of the window from rows (region like $2)
  const spans = plan.edges.map((e) => [e.from && param(e.from), e.to && param(e.to)] as const);
  const inWindow = (col: string) =>
    `(${spans
      .map(
        ([from, to]) =>
          [from && `${col} >= ${from}`, to && `${col} < ${to}`].filter(Boolean).join(' and ') || 'true',
      )
      .join(' or ')})`;
  const rows = (sql: string) => (spans.length ? [sql] : []);

  const union = (parts: string[]) => {
    if (!parts.length) throw new Error('a plan reads whole days, rows or both');
    return parts.join(' union all ');
  };
  // every statement takes every parameter: name the two region ones where only days or only rows are read
  const typed = `where $1::varchar is not null and $2::text is not null${industry ? ' and $3::text[] is not null' : ''}`;
  const rowsOf = industry
    ? {
        totals: industryTotals(inWindow),
        byField: industryByField(inWindow),
        byRegion: industryByRegion(inWindow, w.regionDigits),
        byMonth: industryByMonth(inWindow),
      }
    : {
        totals: baseTotals(source, inWindow),
        byField: baseByField(source, inWindow),
        byRegion: baseByRegion(source, inWindow, w.regionDigits),
        byMonth: baseByMonth(source, inWindow),
      };
  const buckets = (parts: string[], order: string) =>
    `select key, sum(count)::int as count, coalesce(sum(amount), 0)::text as amount from (${union(parts)}) x
     ${typed} group by key having sum(count) > 0 order by ${order}`;
  const ints = ['achievements', 'needs', 'experts', 'organizations', 'matches', 'dockings', 'deals'];

  return {
    params,
    totals: `select ${ints.map((c) => `coalesce(sum(${c}), 0)::int as ${c}`).join(', ')},
        coalesce(sum("dealAmount"), 0)::text as "dealAmount",
        coalesce(sum("contractsRegistered"), 0)::int as "contractsRegistered",
        coalesce(sum("contractAmount"), 0)::text as "contractAmount"
      from (${union([...daily(`kind <> 'FIELD'`, TOTALS), ...rows(rowsOf.totals)])}) x ${typed}`,
    byField: buckets(
      [...daily(`kind = 'FIELD'`, `field as key, count, amount`), ...rows(rowsOf.byField)],
      'count desc, key',
    ),
    byRegion: buckets(
      [...daily(`kind = 'ACHIEVEMENT'`, `region as key, count, amount`), ...rows(rowsOf.byRegion)],
      'count desc, key',
    ),
    byMonth: buckets(
      [...daily(`kind = 'DEAL'`, `to_char(day, 'YYYY-MM') as key, count, amount`), ...rows(rowsOf.byMonth)],
      'key',
    ),
  };
}
