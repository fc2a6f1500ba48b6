// Pure helpers of the trading hall: which clock a row shows, and the URL's filters and pages.

export const MODES = ['AUCTION', 'LISTING', 'NEGOTIATED'] as const;
export const STATUSES = ['SCHEDULED', 'OPEN', 'PUBLIC_NOTICE', 'DEALT', 'FAILED', 'CANCELLED'] as const;
export type Mode = (typeof MODES)[number];
export type Status = (typeof STATUSES)[number];

export interface HallRow {
  status: string;
  startsAt: string;
  endsAt: string;
  noticeEndsAt?: string | null;
}

/** What a row counts down to: the start, the end, or the end of the public notice; null when it is over. */
export function hallClock(row: HallRow): { label: string; target: string } | null {
  switch (row.status) {
    case 'SCHEDULED':
      return { label: '距开始', target: row.startsAt };
    case 'OPEN':
      return { label: '距结束', target: row.endsAt };
    case 'PUBLIC_NOTICE':
      return row.noticeEndsAt ? { label: '公示剩余', target: row.noticeEndsAt } : null;
    default:
      return null;
  }
}

export interface HallFilters {
  mode: Mode | null;
  status: Status | null;
  /** the cursors of the pages before this one, in order: the last is this page's `after` */
  trail: string[];
}

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | null =>
  v !== null && (list as readonly string[]).includes(v) ? (v as T) : null;

/** The hall's filters as the URL carries them (?mode=AUCTION&status=OPEN&at=c1&at=c2); junk is ignored. */
export function readHallFilters(params: URLSearchParams): HallFilters {
  return {
    mode: oneOf(MODES, params.get('mode')),
    status: oneOf(STATUSES, params.get('status')),
    trail: params.getAll('at').filter(Boolean),
  };
}

export function writeHallFilters(f: HallFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.mode) p.set('mode', f.mode);
  if (f.status) p.set('status', f.status);
  for (const c of f.trail) p.append('at', c);
  return p;
}

/** The filters on the next page (after `cursor`), the previous page, or with a filter changed (page 1). */
export const nextPage = (f: HallFilters, cursor: string): HallFilters => ({
  ...f,
  trail: [...f.trail, cursor],
});
export const previousPage = (f: HallFilters): HallFilters => ({ ...f, trail: f.trail.slice(0, -1) });
export const withFilter = (
  f: HallFilters,
  change: Partial<Pick<HallFilters, 'mode' | 'status'>>,
): HallFilters => ({
  ...f,
  ...change,
  trail: [],
});
