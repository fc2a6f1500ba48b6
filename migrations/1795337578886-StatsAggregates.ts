import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * marketStats (PRODUCT.md §9) from maintained aggregates, exact in the writing transaction:
 *  - stats_daily: counts and amounts per day (China time), scope (the market '', a province '22', a city
 *    '2201', a county '220102': what one region filter reads) and kind; ACHIEVEMENT rows carry the byRegion
 *    bucket of their scope, FIELD rows the top-level field;
 *  - stats_achievement_deals: the deal amount of each achievement's listings;
 *  - stats_events: each match, docking, deal and registered contract with its time and the region it counts
 *    in, indexed by time, for the part of a day at either end of a window (their base tables have no index
 *    on those times; achievements, needs, experts and organizations do).
 * Statement triggers on the base tables keep them (transition tables: one grouped upsert per statement,
 * bulk loads included); TRUNCATE rebuilds them. The definitions are StatsService.recount's: listed
 * achievements by their region and created_at, with their listings' deal prices; needs OPEN or SOLVED;
 * experts and organizations by region; matches by the need's region; dockings by the requester's; deals
 * (price) and REGISTERED contracts (amount, registered_at) by the seller's.
 *
 * A trigger that reads another table's row (a match's need, a deal's seller, listing and achievement) locks
 * it FOR SHARE first, so that a concurrent change of that row (a region, a status) is counted once, whichever
 * transaction commits first.
 */

const PUBLIC = `('LISTED', 'IN_TRADE', 'DEALT')`;
const day = (ts: string) => `(${ts} at time zone 'Asia/Shanghai')::date`;
/** The scopes a region code counts in: the market, its province, city and county. */
const scopes = (code: string) =>
  `cross join lateral (values (''), (left(${code}, 2)), (left(${code}, 4)), (left(${code}, 6))) s(scope)`;

/** A kind counted once per row of a base table (rel, aliased), in the region of `region`, at `time`. */
interface Kind {
  kind: string;
  table: string;
  /** the rows `rel` joined to `parent` (the table that holds the region), aliased */
  from: (rel: string, parent: string) => string;
  parent?: string;
  id: string;
  region: string;
  time: string;
  where?: string;
  amount?: string;
}

const NEED: Kind = {
  kind: 'NEED',
  table: 'needs',
  from: (rel) => `${rel} r`,
  id: 'r.id',
  region: 'r.region_code',
  time: 'r.created_at',
  where: `r.status in ('OPEN', 'SOLVED')`,
};
const EXPERT: Kind = {
  kind: 'EXPERT',
  table: 'experts',
  from: (rel) => `${rel} r`,
  id: 'r.id',
  region: 'r.region_code',
  time: 'r.created_at',
};
const ORGANIZATION: Kind = { ...EXPERT, kind: 'ORGANIZATION', table: 'organizations' };
const MATCH: Kind = {
  kind: 'MATCH',
  table: 'matches',
  from: (rel, parent) => `${rel} m join ${parent} n on n.id = m.need_id`,
  parent: 'needs',
  id: 'm.id',
  region: 'n.region_code',
  time: 'm.created_at',
};
const DOCKING: Kind = {
  kind: 'DOCKING',
  table: 'dockings',
  from: (rel, parent) => `${rel} d join ${parent} o on o.id = d.requester_id`,
  parent: 'organizations',
  id: 'd.id',
  region: 'o.region_code',
  time: 'd.created_at',
};
const DEAL: Kind = {
  kind: 'DEAL',
  table: 'deals',
  from: (rel, parent) => `${rel} d join ${parent} o on o.id = d.seller_id`,
  parent: 'organizations',
  id: 'd.id',
  region: 'o.region_code',
  time: 'd.created_at',
  amount: 'd.price',
};
const CONTRACT: Kind = {
  kind: 'CONTRACT',
  table: 'contracts',
  from: (rel, parent) => `${rel} c join ${parent} o on o.id = c.seller_id`,
  parent: 'organizations',
  id: 'c.id',
  region: 'o.region_code',
  time: 'c.registered_at',
  where: `c.status = 'REGISTERED'`,
  amount: 'c.amount',
};

const KINDS = [NEED, EXPERT, ORGANIZATION, MATCH, DOCKING, DEAL, CONTRACT];
const EVENTS = [MATCH, DOCKING, DEAL, CONTRACT];

/** stats_daily deltas (scope, kind, day, region, field, count, amount) of rows `rel`; no time: day 'infinity'. */
const counted = (k: Kind, rel: string, sign: string, parent = k.parent ?? '') => `
  select s.scope, '${k.kind}'::varchar as kind, coalesce(${day(k.time)}, 'infinity'::date) as day, ''::varchar as region,
    ''::varchar as field, ${sign}::int as count, ${k.amount ? `${sign} * ${k.amount}` : '0'}::numeric as amount
  from ${k.from(rel, parent)} ${scopes(k.region)} ${k.where ? `where ${k.where}` : ''}`;

/** stats_events of rows `rel` (those with a time). */
const eventsIn = (k: Kind, rel: string, parent = k.parent ?? '') => `
  insert into stats_events (kind, id, at, region, amount)
  select '${k.kind}', ${k.id}, ${k.time}, ${k.region}, ${k.amount ?? '0'} from ${k.from(rel, parent)}
  where ${k.time} is not null ${k.where ? `and ${k.where}` : ''}`;
const eventsOut = (k: Kind, rel: string) =>
  `delete from stats_events where kind = '${k.kind}' and id in (select id from ${rel} z)`;
/** The events of rows `rel` now count in the region their parent has in `parent`. */
const eventsMoved = (k: Kind, rel: string, parent: string) => `
  update stats_events e set region = x.region from (select ${k.id} as id, ${k.region} as region from ${k.from(rel, parent)}) x
  where e.kind = '${k.kind}' and e.id = x.id`;

/** ACHIEVEMENT and FIELD rows of `rel` (id, status, region_code, field_codes, created_at, n, amt). */
const achievementRows = (rel: string) => `
  select s.scope, k.kind, ${day('r.created_at')} as day, k.region, k.field, r.n::int as count, r.amt::numeric as amount
  from ${rel} r ${scopes('r.region_code')}
  cross join lateral (
    select 'ACHIEVEMENT'::varchar as kind,
      rpad(left(r.region_code, case length(s.scope) when 0 then 2 when 2 then 4 else 6 end), 6, '0')::varchar as region,
      ''::varchar as field
    union all
    select distinct 'FIELD', '', left(f, 2) from unnest(r.field_codes) f
  ) k
  where r.status in ${PUBLIC}`;

/** Achievements `rel` with their current deal amount, `n` = ±1. */
const achievements = (
  rel: string,
  n: string,
) => `(select x.id, x.status, x.region_code, x.field_codes, x.created_at,
    ${n} as n, ${n} * coalesce(ad.amount, 0) as amt
  from ${rel} x left join stats_achievement_deals ad on ad.achievement_id = x.id)`;

/** Adds the net deltas to stats_daily, in key order so that concurrent writers lock alike. */
const apply = (deltas: string[]) => `
  insert into stats_daily as t (scope, kind, day, region, field, count, amount)
  select scope, kind, day, region, field, sum(count), sum(amount) from (${deltas.join(' union all ')}) x
  group by 1, 2, 3, 4, 5 having sum(count) <> 0 or sum(amount) <> 0 order by 1, 2, 3, 4, 5
  on conflict (scope, kind, day, region, field)
  do update set count = t.count + excluded.count, amount = t.amount + excluded.amount`;

/** Adds (achievement_id, amt) deltas to the achievements' deal amounts. */
const applyAmounts = (deltas: string) => `
  insert into stats_achievement_deals as t (achievement_id, amount)
  select achievement_id, sum(amt) from (${deltas}) x group by 1 having sum(amt) <> 0 order by 1
  on conflict (achievement_id) do update set amount = t.amount + excluded.amount`;

/** ACHIEVEMENT and FIELD amount deltas of (achievement_id, amt) deltas, for the achievements listed now. */
const amountRows = (deltas: string) =>
  achievementRows(`(select a.id, a.status, a.region_code, a.field_codes, a.created_at, 0 as n, x.amt
    from (select achievement_id, sum(amt) amt from (${deltas}) y group by 1 having sum(amt) <> 0) x
    join achievements a on a.id = x.achievement_id)`);

/** (achievement_id, amt) of deals `rel`, signed. */
const dealAmounts = (rel: string, sign: string) =>
  `select l.achievement_id, ${sign} * d.price as amt from ${rel} d join trade_listings l on l.id = d.listing_id`;

/** What counts of a row, per table: an UPDATE that keeps it changes nothing. */
const SAME: Record<string, string> = {
  achievements: `(o.status in ${PUBLIC}) = (n.status in ${PUBLIC}) and (n.status not in ${PUBLIC}
    or (o.created_at = n.created_at and o.region_code = n.region_code and o.field_codes = n.field_codes))`,
  needs: `(o.status in ('OPEN', 'SOLVED')) = (n.status in ('OPEN', 'SOLVED')) and o.created_at = n.created_at
    and o.region_code = n.region_code`,
  experts: `o.created_at = n.created_at and o.region_code = n.region_code`,
  organizations: `o.created_at = n.created_at and o.region_code = n.region_code`,
  matches: `o.need_id = n.need_id and o.created_at = n.created_at`,
  dockings: `o.requester_id = n.requester_id and o.created_at = n.created_at`,
  deals: `o.seller_id = n.seller_id and o.created_at = n.created_at and o.price = n.price
    and o.listing_id is not distinct from n.listing_id`,
  contracts: `o.status = n.status and o.seller_id = n.seller_id and o.amount = n.amount
    and o.registered_at is not distinct from n.registered_at`,
};

/** The old rows of an UPDATE whose new row counts differently (or that have none), and the other way. */
const oldChanged = (table: string) =>
  `(select * from old_rows o where not exists (select 1 from new_rows n where n.id = o.id and ${SAME[table]}))`;
const newChanged = (table: string) =>
  `(select * from new_rows n where not exists (select 1 from old_rows o where o.id = n.id and ${SAME[table]}))`;

/** Rows of `table` whose `column` is a row of this UPDATE that changed region. */
const movedRows = (
  table: string,
  column: string,
) => `(select t.* from ${table} t join old_rows o on o.id = t.${column}
  join new_rows n on n.id = o.id where o.region_code <> n.region_code)`;

interface Trigger {
  table: string;
  /** stats_daily deltas of rows `rel`, signed */
  rows: (rel: string, sign: string) => string[];
  /** the kind whose events the rows are */
  events?: Kind;
  /** statements run first on the rows `rel` (locks) */
  lock?: (rel: string) => string[];
  /** (achievement_id, amt) deltas of rows `rel` */
  amounts?: (rel: string, sign: string) => string;
  /** on UPDATE: stats_daily deltas and statements for rows of other tables that count in this row's region */
  moves?: { rows: string[]; events: string[] };
}

/** INSERT adds rows(new), DELETE takes rows(old) off, UPDATE both for the rows that changed in what counts. */
function triggerBody(t: Trigger): string {
  const side = (rels: Array<[string, string]>, moves?: Trigger['moves']) => {
    const statements = rels.flatMap(([rel]) => t.lock?.(rel) ?? []);
    if (t.events) {
      const events = t.events;
      statements.push(
        ...rels.map(([rel, sign]) => (sign === '1' ? eventsIn(events, rel) : eventsOut(events, rel))),
      );
    }
    const amounts = t.amounts && rels.map(([rel, sign]) => t.amounts!(rel, sign)).join(' union all ');
    if (amounts) statements.push(applyAmounts(amounts));
    statements.push(...(moves?.events ?? []));
    statements.push(
      apply([
        ...rels.flatMap(([rel, sign]) => t.rows(rel, sign)),
        ...(moves?.rows ?? []),
        ...(amounts ? [amountRows(amounts)] : []),
      ]),
    );
    return statements.join(';\n');
  };
  return `BEGIN
    IF TG_OP = 'INSERT' THEN
      ${side([['new_rows', '1']])};
    ELSIF TG_OP = 'UPDATE' THEN
      ${side(
        [
          [oldChanged(t.table), '-1'],
          [newChanged(t.table), '1'],
        ],
        t.moves,
      )};
    ELSE
      ${side([['old_rows', '-1']])};
    END IF;
    RETURN NULL;
  END`;
}

const lockRows = (table: string, column: string) => (rel: string) => [
  `PERFORM 1 FROM ${table} WHERE id IN (SELECT ${column} FROM ${rel} z) ORDER BY id FOR SHARE`,
];

/** Rows of `table` that count in the region of this UPDATE's rows (their `column`), moved from old to new. */
const moved = (k: Kind, table: string, column: string) => ({
  rows: [
    counted(k, movedRows(table, column), '-1', 'old_rows'),
    counted(k, movedRows(table, column), '1', 'new_rows'),
  ],
  events: [eventsMoved(k, movedRows(table, column), 'new_rows')],
});

const TRIGGERS: Trigger[] = [
  { table: 'achievements', rows: (rel, sign) => [achievementRows(achievements(rel, sign))] },
  {
    table: 'needs',
    rows: (rel, sign) => [counted(NEED, rel, sign)],
    moves: moved(MATCH, 'matches', 'need_id'),
  },
  { table: 'experts', rows: (rel, sign) => [counted(EXPERT, rel, sign)] },
  {
    table: 'organizations',
    rows: (rel, sign) => [counted(ORGANIZATION, rel, sign)],
    moves: [
      moved(DOCKING, 'dockings', 'requester_id'),
      moved(DEAL, 'deals', 'seller_id'),
      moved(CONTRACT, 'contracts', 'seller_id'),
    ].reduce((a, b) => ({ rows: [...a.rows, ...b.rows], events: [...a.events, ...b.events] })),
  },
  {
    table: 'matches',
    rows: (rel, sign) => [counted(MATCH, rel, sign)],
    events: MATCH,
    lock: lockRows('needs', 'need_id'),
  },
  {
    table: 'dockings',
    rows: (rel, sign) => [counted(DOCKING, rel, sign)],
    events: DOCKING,
    lock: lockRows('organizations', 'requester_id'),
  },
  {
    // a deal counts in its seller's region, and its price in its achievement's rows while that is listed
    table: 'deals',
    rows: (rel, sign) => [counted(DEAL, rel, sign)],
    events: DEAL,
    lock: (rel) => [
      ...lockRows('organizations', 'seller_id')(rel),
      ...lockRows('trade_listings', 'listing_id')(rel),
      `PERFORM 1 FROM achievements WHERE id IN (SELECT l.achievement_id FROM ${rel} z
         JOIN trade_listings l ON l.id = z.listing_id) ORDER BY id FOR SHARE`,
    ],
    amounts: dealAmounts,
  },
  {
    table: 'contracts',
    rows: (rel, sign) => [counted(CONTRACT, rel, sign)],
    events: CONTRACT,
    lock: lockRows('organizations', 'seller_id'),
  },
];

const TRUNCATED = [...TRIGGERS.map((t) => t.table), 'trade_listings'];

export class StatsAggregates1795337578886 implements MigrationInterface {
  name = 'StatsAggregates1795337578886';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "stats_daily" ("scope" character varying(6) NOT NULL, "kind" character varying(12) NOT NULL,
         "day" date NOT NULL, "region" character varying(6) NOT NULL, "field" character varying(2) NOT NULL,
         "count" integer NOT NULL, "amount" numeric(20,2) NOT NULL,
         CONSTRAINT "pk_stats_daily" PRIMARY KEY ("scope", "kind", "day", "region", "field"))`,
    );
    await q.query(
      `CREATE TABLE "stats_achievement_deals" ("achievement_id" uuid NOT NULL, "amount" numeric(20,2) NOT NULL,
         CONSTRAINT "pk_stats_achievement_deals" PRIMARY KEY ("achievement_id"))`,
    );
    await q.query(
      `CREATE TABLE "stats_events" ("kind" character varying(12) NOT NULL, "id" uuid NOT NULL,
         "at" TIMESTAMP WITH TIME ZONE NOT NULL, "region" character(6) NOT NULL, "amount" numeric(20,2) NOT NULL,
         CONSTRAINT "pk_stats_events" PRIMARY KEY ("kind", "id"))`,
    );
    await q.query(`CREATE INDEX "ix_stats_events_at" ON "stats_events" ("kind", "at") `);

    await q.query(`CREATE FUNCTION stats_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM stats_daily;
        DELETE FROM stats_achievement_deals;
        DELETE FROM stats_events;
        ${applyAmounts(dealAmounts('deals', '1'))};
        ${EVENTS.map((k) => eventsIn(k, k.table)).join(';\n')};
        ${apply([achievementRows(achievements('achievements', '1')), ...KINDS.map((k) => counted(k, k.table, '1'))])};
      END $$`);
    await q.query(`SET LOCAL work_mem = '256MB'`);
    await q.query(`SELECT stats_rebuild()`);
    for (const table of ['stats_daily', 'stats_achievement_deals', 'stats_events'])
      await q.query(`ANALYZE ${table}`);

    for (const t of TRIGGERS) {
      await q.query(
        `CREATE FUNCTION stats_${t.table}_apply() RETURNS trigger LANGUAGE plpgsql AS $$ ${triggerBody(t)} $$`,
      );
      for (const [op, referencing] of [
        ['INSERT', 'REFERENCING NEW TABLE AS new_rows'],
        ['UPDATE', 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'],
        ['DELETE', 'REFERENCING OLD TABLE AS old_rows'],
      ]) {
        await q.query(
          `CREATE TRIGGER "tr_stats_${t.table}_${op.toLowerCase()}" AFTER ${op} ON "${t.table}"
             ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION stats_${t.table}_apply()`,
        );
      }
    }
    // When a need goes, its matches go by the cascade after it, when the need (their region) can no longer be
    // read: their counts are taken off before (their events go with them by id).
    await q.query(`CREATE FUNCTION stats_need_matches_off() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${apply([counted({ ...MATCH, from: (rel) => `${rel} m`, region: 'OLD.region_code' }, '(select * from matches where need_id = OLD.id)', '-1')])};
        RETURN OLD;
      END $$`);
    await q.query(`CREATE TRIGGER "tr_stats_needs_matches_off" BEFORE DELETE ON "needs"
      FOR EACH ROW EXECUTE FUNCTION stats_need_matches_off()`);
    // A listing moved to another achievement takes its deal amounts along (a row trigger with a WHEN: the
    // updates of a live auction do not pay for it).
    const listingMoved = `select OLD.achievement_id as achievement_id, -d.price as amt from deals d where d.listing_id = NEW.id
      union all select NEW.achievement_id, d.price from deals d where d.listing_id = NEW.id`;
    await q.query(`CREATE FUNCTION stats_listing_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM 1 FROM achievements WHERE id IN (OLD.achievement_id, NEW.achievement_id) ORDER BY id FOR SHARE;
        ${applyAmounts(listingMoved)};
        ${apply([amountRows(listingMoved)])};
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "tr_stats_trade_listings_moved" AFTER UPDATE OF achievement_id ON "trade_listings"
      FOR EACH ROW WHEN (OLD.achievement_id IS DISTINCT FROM NEW.achievement_id) EXECUTE FUNCTION stats_listing_moved()`);
    await q.query(`CREATE FUNCTION stats_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM stats_rebuild(); RETURN NULL; END $$`);
    for (const table of TRUNCATED) {
      await q.query(`CREATE TRIGGER "tr_stats_${table}_truncate" AFTER TRUNCATE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION stats_truncated()`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of TRUNCATED) await q.query(`DROP TRIGGER "tr_stats_${table}_truncate" ON "${table}"`);
    for (const t of TRIGGERS) {
      for (const op of ['insert', 'update', 'delete']) {
        await q.query(`DROP TRIGGER "tr_stats_${t.table}_${op}" ON "${t.table}"`);
      }
      await q.query(`DROP FUNCTION stats_${t.table}_apply()`);
    }
    await q.query(`DROP TRIGGER "tr_stats_trade_listings_moved" ON "trade_listings"`);
    await q.query(`DROP TRIGGER "tr_stats_needs_matches_off" ON "needs"`);
    for (const fn of ['stats_need_matches_off', 'stats_listing_moved', 'stats_truncated', 'stats_rebuild']) {
      await q.query(`DROP FUNCTION ${fn}()`);
    }
    await q.query(`DROP INDEX "public"."ix_stats_events_at"`);
    for (const table of ['stats_events', 'stats_achievement_deals', 'stats_daily'])
      await q.query(`DROP TABLE "${table}"`);
  }
}
