import type pg from 'pg';
import { TAXONOMY } from '../../libs/catalog/src/fields/taxonomy.data.js';
import { Random } from './search-random.js';
import { organizationRegions } from './stats-regions.js';

export interface Sizes {
  organizations: number;
  achievements: number;
  needs: number;
  experts: number;
  matches: number;
  dockings: number;
  deals: number;
}

export const FULL: Sizes = {
  organizations: 2_000,
  achievements: 1_000_000,
  needs: 50_000,
  experts: 20_000,
  matches: 200_000,
  dockings: 50_000,
  deals: 100_000,
};

const BATCH = 100_000;
const SUBFIELDS = TAXONOMY.flatMap((f) => (f.children ?? []).map((c) => c.code));
/** created_at over the last three years, more of it recent (a growing market) */
const CREATED = (r: string) => `now() - power(${r}, 1.3) * interval '1095 days'`;
/** one to three sub-field codes ($1), the first skewed to the older, larger fields */
const FIELDS = (a: string, b: string, c: string) => `(case when ${c} < 0.7
    then array[($1::text[])[1 + floor(power(${a}, 1.5) * ${SUBFIELDS.length})::int]]
    else array[($1::text[])[1 + floor(power(${a}, 1.5) * ${SUBFIELDS.length})::int],
               ($1::text[])[1 + (floor(power(${a}, 1.5) * ${SUBFIELDS.length})::int + 1 + floor(${b} * ${SUBFIELDS.length - 1})::int) % ${SUBFIELDS.length}]]
  end)::varchar[]`;

type Log = (line: string) => void;

async function timed(log: Log, label: string, work: () => Promise<unknown>): Promise<void> {
  const started = Date.now();
  await work();
  log(`  ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function organizations(c: pg.Client, n: number): Promise<void> {
  const random = new Random(2260);
  const regions = organizationRegions(n, random);
  const kinds = regions.map(() => {
    const x = random.next();
    return x < 0.25
      ? 'UNIVERSITY'
      : x < 0.4
        ? 'RESEARCH_INSTITUTE'
        : x < 0.95
          ? 'ENTERPRISE'
          : 'SERVICE_PROVIDER';
  });
  await c.query(
    `insert into organizations (name, kind, credit_code, region_code, verified, created_at)
     select '统计基准机构' || i, k::organization_kind, 'BENCHSTATS' || lpad(i::text, 8, '0'), r, true,
       now() - interval '1200 days' + power(random(), 2) * interval '1195 days'
     from unnest($1::text[], $2::text[]) with ordinality u(r, k, i)`,
    [regions, kinds],
  );
  // numbered owners (universities, institutes) and buyers (enterprises) for the loads below
  await c.query(`create temp table bench_owner as select row_number() over (order by credit_code)::int n, id, region_code
    from organizations where kind in ('UNIVERSITY', 'RESEARCH_INSTITUTE')`);
  await c.query(`create temp table bench_buyer as select row_number() over (order by credit_code)::int n, id, region_code
    from organizations where kind = 'ENTERPRISE'`);
  await c.query(`alter table bench_owner add primary key (n)`);
  await c.query(`alter table bench_buyer add primary key (n)`);
}

/** Achievements [from, to): 10% DEALT (those get the trade rows), most of the rest LISTED. */
const ACHIEVEMENTS = `insert into achievements (owner_id, title, summary, field_codes, maturity, transfer_modes, asking_price,
    region_code, status, created_at, updated_at, listed_at)
  select o.id, '统计基准成果' || g, '用于市场统计基准的成果摘要', ${FIELDS('r2', 'r3', 'r4')},
    (enum_range(null::maturity))[1 + floor(r5 * 5)::int], array[(enum_range(null::transfer_mode))[1 + floor(r6 * 4)::int]],
    case when r6 < 0.6 then round(r6 * 5000) * 1000 end, o.region_code, st::achievement_status, ca, ca,
    case when st in ('LISTED', 'IN_TRADE', 'DEALT') then ca end
  from (select g, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, ${CREATED('random()')} ca,
          case when g % 10 = 0 then 'DEALT' else (array['LISTED', 'LISTED', 'LISTED', 'LISTED', 'LISTED', 'LISTED', 'LISTED',
            'LISTED', 'LISTED', 'LISTED', 'LISTED', 'LISTED', 'LISTED', 'LISTED', 'LISTED', 'LISTED', 'IN_TRADE', 'DRAFT',
            'PENDING_REVIEW', 'REJECTED', 'WITHDRAWN'])[1 + floor(random() * 21)::int] end st
        from generate_series($2::int, $3::int - 1) g) s
  join bench_owner o on o.n = 1 + floor(power(s.r1, 2) * (select count(*) from bench_owner))::int`;

const NEEDS = `insert into needs (owner_id, title, description, field_codes, budget_min, budget_max, cooperation_modes,
    region_code, status, created_at, updated_at, opened_at)
  select o.id, '统计基准需求' || g, '用于市场统计基准的需求描述', ${FIELDS('r2', 'r3', 'r4')}, 100000, 100000 + round(r5 * 100) * 10000,
    array['TRANSFER'::transfer_mode], o.region_code, st::need_status, ca, ca, case when st in ('OPEN', 'SOLVED') then ca end
  from (select g, random() r1, random() r2, random() r3, random() r4, random() r5, ${CREATED('random()')} ca,
          (array['OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'SOLVED', 'CLOSED', 'DRAFT', 'PENDING_REVIEW',
            'REJECTED'])[1 + floor(random() * 11)::int] st
        from generate_series(1, $2::int) g) s
  join bench_buyer o on o.n = 1 + floor(s.r1 * (select count(*) from bench_buyer))::int`;

const EXPERTS = `insert into experts (organization_id, name, field_codes, research_areas, bio, region_code, created_at, updated_at)
  select o.id, '专家' || g, ${FIELDS('r2', 'r3', 'r4')}, array['材料'], '用于市场统计基准的专家简介', o.region_code, ca, ca
  from (select g, random() r1, random() r2, random() r3, random() r4, ${CREATED('random()')} ca
        from generate_series(1, $2::int) g) s
  join bench_owner o on o.n = 1 + floor(s.r1 * (select count(*) from bench_owner))::int`;

async function numbered(c: pg.Client, table: string, source: string): Promise<void> {
  await c.query(
    `create temp table ${table} as select row_number() over (order by id)::int n, id, created_at from ${source}`,
  );
  await c.query(`alter table ${table} add primary key (n)`);
}

/** Each need gets matches to distinct achievements (70%) or distinct experts (30%), within 30 days of it. */
const MATCHES = `insert into matches (need_id, target, achievement_id, expert_id, score, status, created_at, updated_at)
  select n.id, t::match_target, a.id, e.id, r1, (array['SUGGESTED', 'SUGGESTED', 'VIEWED', 'DOCKING'])[1 + floor(r2 * 4)::int]::match_status,
    n.created_at + r3 * least(interval '30 days', now() - n.created_at),
    n.created_at + r3 * least(interval '30 days', now() - n.created_at)
  from (select g, case when g % 10 < 7 then 'ACHIEVEMENT' else 'EXPERT' end t, random() r1, random() r2, random() r3
        from generate_series(0, $1::int - 1) g) s
  join bench_need n on n.n = 1 + s.g % $2::int
  left join bench_achievement a on s.t = 'ACHIEVEMENT'
    and a.n = 1 + ((s.g % $2::int) * 19 + (s.g / $2::int) * 250007) % (select count(*) from bench_achievement)::int
  left join bench_expert e on s.t = 'EXPERT'
    and e.n = 1 + ((s.g % $2::int) * 13 + (s.g / $2::int) * 4999) % (select count(*) from bench_expert)::int`;

const DOCKINGS = `insert into dockings (status, requester_id, target_id, achievement_id, message, created_by_id, created_at, updated_at)
  select (array['REQUESTED', 'ACCEPTED', 'ACCEPTED', 'DECLINED', 'CLOSED'])[1 + floor(r2 * 5)::int]::docking_status,
    b.id, x.owner_id, x.id, '希望对接', gen_random_uuid(), ${CREATED('r3')}, now()
  from (select g, random() r1, random() r2, random() r3 from generate_series(1, $1::int) g) s
  join bench_buyer b on b.n = 1 + floor(s.r1 * (select count(*) from bench_buyer))::int
  join bench_achievement a on a.n = 1 + (s.g * 37) % (select count(*) from bench_achievement)::int
  join achievements x on x.id = a.id`;

/** One listing, one contract and one deal per DEALT achievement, dealt within 120 days (and before now). */
async function trades(c: pg.Client, n: number): Promise<void> {
  await c.query(
    `create temp table bench_trade as
     select row_number() over ()::int n, gen_random_uuid() listing_id, gen_random_uuid() contract_id, a.id achievement_id,
       a.owner_id seller_id, b.id buyer_id, a.r2 r,
       (array[100000, 300000, 500000, 800000, 1500000, 3000000])[1 + floor(a.r3 * 6)::int]::numeric + round(a.r4 * 1000) * 100 price,
       a.created_at + a.r5 * greatest(least(interval '120 days', now() - interval '1 hour' - a.created_at), interval '0') dealt_at
     from (select a.*, random() r1, random() r2, random() r3, random() r4, random() r5 from achievements a
           where status = 'DEALT' order by id limit $1) a
     join bench_buyer b on b.n = 1 + floor(a.r1 * (select count(*) from bench_buyer))::int`,
    [n],
  );
  await c.query(`insert into trade_listings (id, achievement_id, seller_id, mode, current_mode, terms, status, list_price,
      starts_at, ends_at, start_price, increment, deposit_amount, current_price, outcome, closed_at, created_at, updated_at)
    select listing_id, achievement_id, seller_id, m::trade_mode, m::trade_mode, 'TRANSFER', 'DEALT', price,
      dealt_at - interval '10 days', dealt_at, case when m <> 'NEGOTIATED' then price end,
      case when m <> 'NEGOTIATED' then 10000 end, case when m <> 'NEGOTIATED' then 0 end, price, 'DEALT', dealt_at,
      dealt_at - interval '10 days', dealt_at
    from (select *, case when r < 0.6 then 'LISTING' when r < 0.85 then 'AUCTION' else 'NEGOTIATED' end m from bench_trade) t`);
  await c.query(`insert into contracts (id, title, kind, amount, seller_id, buyer_id, achievement_id, status, seller_signed_at,
      buyer_signed_at, registration_number, registered_at, created_at, updated_at)
    select contract_id, '技术转让合同', 'TRANSFER', price, seller_id, buyer_id, achievement_id, st::contract_status,
      case when st <> 'DRAFT' then dealt_at + interval '1 day' end, case when st <> 'DRAFT' then dealt_at + interval '2 days' end,
      case when st = 'REGISTERED' then 'BS' || lpad(n::text, 10, '0') end,
      case when st = 'REGISTERED' then dealt_at + r * least(interval '23 days', now() - dealt_at) end, dealt_at, dealt_at
    from (select *, case when (n * 7919) % 100 < 85 then 'REGISTERED' when (n * 7919) % 100 < 95 then 'SIGNED' else 'DRAFT' end st
          from bench_trade) t`);
  await c.query(`insert into deals (listing_id, buyer_id, seller_id, price, contract_id, created_at, updated_at)
    select listing_id, buyer_id, seller_id, price, contract_id, dealt_at, dealt_at from bench_trade`);
}

/** Loads the market in bulk (set-based SQL, a fixed seed), then analyzes it. */
export async function loadMarket(c: pg.Client, sizes: Sizes, log: Log): Promise<void> {
  await c.query(`set synchronous_commit = off`);
  await c.query(`select setseed(0.2260)`);
  await timed(log, `${sizes.organizations.toLocaleString('en')} organizations`, () =>
    organizations(c, sizes.organizations),
  );
  for (let from = 0; from < sizes.achievements; from += BATCH) {
    const to = Math.min(sizes.achievements, from + BATCH);
    await timed(log, `achievements to ${to.toLocaleString('en')}`, () =>
      c.query(ACHIEVEMENTS, [SUBFIELDS, from, to]),
    );
  }
  await timed(log, `${sizes.needs.toLocaleString('en')} needs`, () =>
    c.query(NEEDS, [SUBFIELDS, sizes.needs]),
  );
  await timed(log, `${sizes.experts.toLocaleString('en')} experts`, () =>
    c.query(EXPERTS, [SUBFIELDS, sizes.experts]),
  );
  await numbered(c, 'bench_need', 'needs');
  await numbered(c, 'bench_achievement', 'achievements');
  await numbered(c, 'bench_expert', 'experts');
  await timed(log, `${sizes.matches.toLocaleString('en')} matches`, () =>
    c.query(MATCHES, [sizes.matches, sizes.needs]),
  );
  await timed(log, `${sizes.dockings.toLocaleString('en')} dockings`, () =>
    c.query(DOCKINGS, [sizes.dockings]),
  );
  await timed(log, `${sizes.deals.toLocaleString('en')} listings, contracts and deals`, () =>
    trades(c, sizes.deals),
  );
  await timed(log, 'vacuum analyze', () => c.query(`vacuum analyze`));
}
