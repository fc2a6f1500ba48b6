import { baseOnly, planWindow } from './stats-plan.js';
import { statsWindow } from './stats-window.js';

const T = (iso: string) => new Date(iso);
// days as Postgres reports them for Asia/Shanghai: 2026-03-10 starts at 2026-03-09T16:00Z
const bounds = (
  firstDay: string | null,
  firstDayStart: string | null,
  endDay: string | null,
  endDayStart: string | null,
) => ({
  firstDay,
  firstDayStart: firstDayStart ? T(firstDayStart) : null,
  endDay,
  endDayStart: endDayStart ? T(endDayStart) : null,
});

describe('how a window of market statistics is read', () => {
  it('reads every day from the aggregates without a window', () => {
    expect(planWindow(statsWindow(), null)).toEqual({
      days: { from: null, to: null },
      bounded: false,
      edges: [],
    });
  });

  it('reads whole days from the aggregates and nothing else for midnights in China', () => {
    const w = statsWindow('220000', T('2026-03-09T16:00:00Z'), T('2026-04-09T16:00:00Z'));
    const plan = planWindow(
      w,
      bounds('2026-03-10', '2026-03-09T16:00:00Z', '2026-04-10', '2026-04-09T16:00:00Z'),
    );
    expect(plan).toEqual({ days: { from: '2026-03-10', to: '2026-04-10' }, bounded: true, edges: [] });
  });

  it('reads the parts of a day at either end from the base tables', () => {
    const w = statsWindow(null, T('2026-03-10T02:00:00Z'), T('2026-04-02T03:00:00Z'));
    const plan = planWindow(
      w,
      bounds('2026-03-11', '2026-03-10T16:00:00Z', '2026-04-02', '2026-04-01T16:00:00Z'),
    );
    expect(plan.days).toEqual({ from: '2026-03-11', to: '2026-04-02' });
    expect(plan.edges).toEqual([
      { from: T('2026-03-10T02:00:00Z'), to: T('2026-03-10T16:00:00Z') },
      { from: T('2026-04-01T16:00:00Z'), to: T('2026-04-02T03:00:00Z') },
    ]);
  });

  it('reads a window inside one day from the base tables alone', () => {
    const w = statsWindow(null, T('2026-03-10T02:00:00Z'), T('2026-03-10T09:00:00Z'));
    const plan = planWindow(
      w,
      bounds('2026-03-11', '2026-03-10T16:00:00Z', '2026-03-10', '2026-03-09T16:00:00Z'),
    );
    expect(plan).toEqual(baseOnly(w));
    expect(plan.edges).toEqual([{ from: w.from, to: w.to }]);
  });

  it('keeps open ends open', () => {
    const w = statsWindow(null, T('2026-03-10T02:00:00Z'));
    const plan = planWindow(w, bounds('2026-03-11', '2026-03-10T16:00:00Z', null, null));
    expect(plan).toEqual({
      days: { from: '2026-03-11', to: null },
      bounded: true,
      edges: [{ from: T('2026-03-10T02:00:00Z'), to: T('2026-03-10T16:00:00Z') }],
    });
  });
});
