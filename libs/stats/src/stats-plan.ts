import type { StatsWindow } from './stats-window.js';

/** A half-open span of time; null is unbounded. */
export interface Span {
  from: Date | null;
  to: Date | null;
}

/**
 * How a window is read: the whole days (China time) inside it from the maintained aggregates, and the parts
 * of a day at either end (a window that does not start or end at midnight) from the base tables.
 */
export interface StatsPlan {
  /** days [from, to) as YYYY-MM-DD, null bounds unbounded; null: no whole day in the window */
  days: { from: string | null; to: string | null } | null;
  /** whether the window is bounded at all (rows without a time, if any, are then out) */
  bounded: boolean;
  edges: Span[];
}

/** The days of the window, computed by Postgres (its time zone rules are the aggregates' rules). */
export interface DayBounds {
  /** the first day that starts at or after `from` */
  firstDay: string | null;
  firstDayStart: Date | null;
  /** the day that holds `to`: days before it end at or before `to` */
  endDay: string | null;
  endDayStart: Date | null;
}

/** The SQL of DayBounds for [$1, $2). */
export const DAY_BOUNDS_SQL = `select d0::text as "firstDay", (d0::timestamp at time zone 'Asia/Shanghai') as "firstDayStart",
    d1::text as "endDay", (d1::timestamp at time zone 'Asia/Shanghai') as "endDayStart"
  from (select (($1::timestamptz - interval '1 microsecond') at time zone 'Asia/Shanghai')::date + 1 as d0,
               ($2::timestamptz at time zone 'Asia/Shanghai')::date as d1) b`;

export function planWindow(w: StatsWindow, b: DayBounds | null): StatsPlan {
  if (!w.from && !w.to) return { days: { from: null, to: null }, bounded: false, edges: [] };
  if (!b) throw new Error('a bounded window needs its day bounds');
  if (b.firstDay !== null && b.endDay !== null && b.firstDay >= b.endDay) {
    return { days: null, bounded: true, edges: [{ from: w.from, to: w.to }] };
  }
  const edges: Span[] = [];
  if (w.from && b.firstDayStart && b.firstDayStart > w.from)
    edges.push({ from: w.from, to: b.firstDayStart });
  if (w.to && b.endDayStart && w.to > b.endDayStart) edges.push({ from: b.endDayStart, to: w.to });
  return { days: { from: b.firstDay, to: b.endDay }, bounded: true, edges };
}

/** The plan that reads the whole window from the base tables. */
export const baseOnly = (w: StatsWindow): StatsPlan => ({
  days: null,
  bounded: !!(w.from || w.to),
  edges: [{ from: w.from, to: w.to }],
});
