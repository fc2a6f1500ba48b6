import type { DataSource } from 'typeorm';
import type { MarketStats } from '../../libs/stats/src/market-stats.model.js';
import { type StatsWindow, statsWindow } from '../../libs/stats/src/stats-window.js';
import { StatsService } from '../../libs/stats/src/stats.service.js';
import { openTestDataSource } from '../support/databases.js';

let dataSource: DataSource;
let close: () => Promise<void>;
let stats: StatsService;

beforeAll(async () => {
  ({ dataSource, close } = await openTestDataSource('stats'));
  stats = new StatsService(dataSource);
}, 30_000);
afterAll(() => close?.());

const q = (sql: string, params: unknown[] = []) => dataSource.query(sql, params);
const one = async (sql: string, params: unknown[] = []) => (await q(sql, params))[0];

/** marketStats as it was read straight from the base tables before the aggregates (commit f891ac4). */
async function original(w: StatsWindow): Promise<MarketStats> {
  const p = [w.prefix + '%', w.from, w.to];
  const inWindow = (col: string) =>
    `($2::timestamptz is null or ${col} >= $2) and ($3::timestamptz is null or ${col} < $3)`;
  const [totals] = await q(
    `select
       (select count(*) from achievements a where a.status in ('LISTED','IN_TRADE','DEALT') and a.region_code like $1 and ${inWindow('a.created_at')})::int as achievements,
       (select count(*) from needs n where n.status in ('OPEN','SOLVED') and n.region_code like $1 and ${inWindow('n.created_at')})::int as needs,
       (select count(*) from experts e where e.region_code like $1 and ${inWindow('e.created_at')})::int as experts,
       (select count(*) from organizations o where o.region_code like $1 and ${inWindow('o.created_at')})::int as organizations,
       (select count(*) from matches m join needs n on n.id = m.need_id where n.region_code like $1 and ${inWindow('m.created_at')})::int as matches,
       (select count(*) from dockings d join organizations o on o.id = d.requester_id where o.region_code like $1 and ${inWindow('d.created_at')})::int as dockings,
       (select count(*) from deals d join organizations o on o.id = d.seller_id where o.region_code like $1 and ${inWindow('d.created_at')})::int as deals,
       (select coalesce(sum(d.price), 0) from deals d join organizations o on o.id = d.seller_id where o.region_code like $1 and ${inWindow('d.created_at')})::text as "dealAmount",
       (select count(*) from contracts c join organizations o on o.id = c.seller_id where c.status = 'REGISTERED' and o.region_code like $1 and ${inWindow('c.registered_at')})::int as "contractsRegistered",
       (select coalesce(sum(c.amount), 0) from contracts c join organizations o on o.id = c.seller_id where c.status = 'REGISTERED' and o.region_code like $1 and ${inWindow('c.registered_at')})::text as "contractAmount"`,
    p,
  );
  const [byField, byRegion, byMonth] = await Promise.all([
    q(
      `select f as key, count(distinct a.id)::int as count, coalesce(sum(d.price), 0)::text as amount
       from achievements a cross join lateral (select distinct left(unnest(a.field_codes), 2) f) fc
       left join deals d on d.listing_id in (select id from trade_listings where achievement_id = a.id)
       where a.status in ('LISTED','IN_TRADE','DEALT') and a.region_code like $1 and ${inWindow('a.created_at')}
       group by f order by count desc, key`,
      p,
    ),
    q(
      `select rpad(left(a.region_code, ${w.regionDigits}), 6, '0') as key, count(distinct a.id)::int as count,
         coalesce(sum(d.price), 0)::text as amount
       from achievements a left join trade_listings l on l.achievement_id = a.id left join deals d on d.listing_id = l.id
       where a.status in ('LISTED','IN_TRADE','DEALT') and a.region_code like $1 and ${inWindow('a.created_at')}
       group by 1 order by count desc, key`,
      p,
    ),
    q(
      `select to_char(d.created_at at time zone 'Asia/Shanghai', 'YYYY-MM') as key, count(*)::int as count, sum(d.price)::text as amount
       from deals d join organizations o on o.id = d.seller_id
       where o.region_code like $1 and ${inWindow('d.created_at')} group by 1 order by 1`,
      p,
    ),
  ]);
  return { ...totals, byField, byRegion, byMonth };
}

/** Money as the Money scalar shows it: '0' and '0.00' are the same amount. */
const money = (s: MarketStats) =>
  JSON.parse(
    JSON.stringify(s, (key, v: unknown) =>
      typeof v === 'string' && /amount$/i.test(key) ? Number(v).toFixed(2) : v,
    ),
  );

// 2026-03-10 00:00 in China is 2026-03-09T16:00Z: rows sit on both sides of midnights
const T = (iso: string) => new Date(iso);
const REGIONS = [null, '220000', '220100', '220102', '330000', '330100', '330106', '110000'];
const WINDOWS: Array<[Date | null, Date | null]> = [
  [null, null],
  [T('2026-03-09T16:00:00Z'), null], // from a midnight
  [null, T('2026-03-11T16:00:00Z')], // to a midnight
  [T('2026-03-09T16:00:00Z'), T('2026-03-11T16:00:00Z')], // two whole days
  [T('2026-03-09T15:59:59.999Z'), T('2026-03-10T16:00:00.001Z')], // a whole day and a millisecond each side
  [T('2026-03-10T02:00:00Z'), T('2026-03-10T09:00:00Z')], // inside one day
  [T('2026-03-10T09:00:00Z'), T('2026-04-02T03:00:00Z')], // parts of days at both ends
  [T('2025-12-31T16:00:00Z'), T('2026-12-31T16:00:00Z')], // a year in China time
];

/** marketStats equals the recount and the original queries everywhere; the maintained tables equal a rebuild. */
async function expectExact(): Promise<void> {
  for (const region of REGIONS) {
    for (const [from, to] of WINDOWS) {
      const w = statsWindow(region, from, to);
      const fast = money(await stats.market(w));
      expect({ region, from, to, stats: fast }).toEqual({
        region,
        from,
        to,
        stats: money(await original(w)),
      });
      expect(fast).toEqual(money(await stats.recount(w)));
    }
  }
  const snapshot = `select scope, kind, day::text, region, field, count, amount::text from stats_daily
    where count <> 0 or amount <> 0 order by 1, 2, 3, 4, 5`;
  const amounts = `select achievement_id, amount::text from stats_achievement_deals where amount <> 0 order by 1`;
  const events = `select kind, id, at, region, amount::text from stats_events order by 1, 2`;
  const kept = [await q(snapshot), await q(amounts), await q(events)];
  const runner = dataSource.createQueryRunner();
  try {
    await runner.startTransaction();
    await runner.query(`select stats_rebuild()`);
    expect(kept).toEqual([
      await runner.query(snapshot),
      await runner.query(amounts),
      await runner.query(events),
    ]);
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

const org = async (region: string, kind = 'UNIVERSITY', created = '2026-03-10T01:00:00Z') =>
  (
    await one(
      `insert into organizations (name, kind, credit_code, region_code, created_at)
       values ('机构', $1, 'STATS' || lpad((floor(random() * 1e12))::bigint::text, 13, '0'), $2, $3) returning id`,
      [kind, region, created],
    )
  ).id as string;

const achievement = async (
  owner: string,
  region: string,
  status: string,
  fields: string[],
  created: string,
) =>
  (
    await one(
      `insert into achievements (owner_id, title, summary, field_codes, maturity, transfer_modes, region_code, status, created_at)
       values ($1, '成果', '摘要', $2, 'PILOT', '{TRANSFER}', $3, $4, $5) returning id`,
      [owner, fields, region, status, created],
    )
  ).id as string;

async function sale(
  a: string,
  seller: string,
  buyer: string,
  price: string,
  at: string,
  status = 'REGISTERED',
) {
  const listing = a
    ? (
        await one(
          `insert into trade_listings (achievement_id, seller_id, mode, current_mode, terms, status, starts_at, ends_at, created_at)
           values ($1, $2, 'NEGOTIATED', 'NEGOTIATED', 'TRANSFER', 'DEALT', $3::timestamptz - interval '1 day', $3, $3) returning id`,
          [a, seller, at],
        )
      ).id
    : null;
  const contract = (
    await one(
      `insert into contracts (title, kind, amount, seller_id, buyer_id, achievement_id, status, registration_number, registered_at)
       values ('合同', 'TRANSFER', $1, $2, $3, $4, $5::text::contract_status,
         case when $5::text = 'REGISTERED' then 'R' || lpad((floor(random() * 1e12))::bigint::text, 12, '0') end,
         case when $5::text = 'REGISTERED' then $6::timestamptz + interval '3 days' end) returning id`,
      [price, seller, buyer, a || null, status, at],
    )
  ).id;
  const deal = (
    await one(
      `insert into deals (listing_id, buyer_id, seller_id, price, contract_id, created_at) values ($1, $2, $3, $4, $5, $6) returning id`,
      [listing, buyer, seller, price, contract, at],
    )
  ).id;
  return { listing, contract, deal };
}

describe('market statistics aggregates', () => {
  it('equal a recount from the base tables after inserts, updates and deletes', async () => {
    const jilinU = await org('220102');
    const changchunI = await org('220104', 'RESEARCH_INSTITUTE', '2026-03-09T15:59:59.999Z');
    const hangzhouU = await org('330106', 'UNIVERSITY', '2026-03-09T16:00:00Z');
    const buyerJ = await org('220105', 'ENTERPRISE');
    const buyerB = await org('110105', 'ENTERPRISE', '2025-06-01T00:00:00Z');

    const a1 = await achievement(jilinU, '220102', 'LISTED', ['0301', '0302'], '2026-03-09T15:59:59.999Z');
    const a2 = await achievement(jilinU, '220102', 'DEALT', ['0101'], '2026-03-09T16:00:00Z');
    const a3 = await achievement(changchunI, '220104', 'DRAFT', ['0201', '0101'], '2026-03-10T08:00:00Z');
    const a4 = await achievement(hangzhouU, '330106', 'IN_TRADE', ['0101', '0102'], '2026-03-31T20:00:00Z');
    const a5 = await achievement(hangzhouU, '330106', 'LISTED', ['0501'], '2025-12-31T15:59:59Z');
    // several rows in one statement
    await q(
      `insert into achievements (owner_id, title, summary, field_codes, maturity, transfer_modes, region_code, status, created_at)
       select $1, '批量', '摘要', array[(array['0101','0301','0702'])[1 + g % 3]]::varchar[], 'LAB', '{LICENSE}', '220102',
         (array['LISTED','PENDING_REVIEW','DEALT'])[1 + g % 3]::achievement_status, timestamptz '2026-03-10T03:00:00Z' + g * interval '7 hours'
       from generate_series(1, 12) g`,
      [jilinU],
    );
    const needIds: string[] = (
      await q(
        `insert into needs (owner_id, title, description, field_codes, cooperation_modes, region_code, status, created_at)
         select $1, '需求', '描述', '{0101}', '{TRANSFER}', $2, s::need_status, timestamptz '2026-03-10T10:00:00Z' + g * interval '5 hours'
         from unnest(array['OPEN','SOLVED','DRAFT','OPEN']) with ordinality u(s, g) returning id`,
        [buyerJ, '220105'],
      )
    ).map((r: { id: string }) => r.id);
    const expert = (
      await one(
        `insert into experts (organization_id, name, field_codes, bio, region_code, created_at)
         values ($1, '专家', '{0301}', '简介', '220102', '2026-03-10T16:30:00Z') returning id`,
        [jilinU],
      )
    ).id;
    await q(
      `insert into matches (need_id, target, achievement_id, expert_id, score, created_at) values
         ($1, 'ACHIEVEMENT', $3, null, 0.9, '2026-03-10T16:00:00Z'), ($1, 'ACHIEVEMENT', $4, null, 0.5, '2026-03-11T01:00:00Z'),
         ($2, 'EXPERT', null, $5, 0.7, '2026-03-09T15:00:00Z'), ($2, 'ACHIEVEMENT', $3, null, 0.4, '2026-04-01T12:00:00Z')`,
      [needIds[0], needIds[1], a1, a4, expert],
    );
    await q(
      `insert into dockings (requester_id, target_id, achievement_id, message, created_by_id, created_at)
       values ($1, $2, $3, '对接', gen_random_uuid(), '2026-03-10T12:00:00Z'), ($4, $5, $6, '对接', gen_random_uuid(), '2026-03-11T15:59:59.999Z')`,
      [buyerJ, jilinU, a1, buyerB, hangzhouU, a4],
    );
    const s1 = await sale(a2, jilinU, buyerJ, '300000.00', '2026-03-10T04:00:00Z');
    const s2 = await sale(a4, hangzhouU, buyerB, '150000.50', '2026-04-01T17:00:00Z', 'SIGNED');
    const s3 = await sale(a2, jilinU, buyerB, '20000.00', '2026-03-11T16:00:00Z');
    const s4 = await sale('', changchunI, buyerJ, '50000.00', '2026-03-10T07:00:00Z'); // a deal without a listing
    await expectExact();

    // status changes, a region change, fields, times, amounts, a listing moved
    await q(`update achievements set status = 'WITHDRAWN' where id = $1`, [a1]);
    await q(`update achievements set status = 'LISTED' where id = $1`, [a3]);
    await q(`update achievements set region_code = '330106', field_codes = '{0702}' where id = $1`, [a2]);
    await q(`update achievements set created_at = '2026-03-12T00:00:00Z' where id = $1`, [a4]);
    await q(`update achievements set status = 'LISTED' where owner_id = $1 and status = 'PENDING_REVIEW'`, [
      jilinU,
    ]);
    await q(`update achievements set updated_at = now() where owner_id = $1`, [jilinU]); // nothing that counts
    await q(`update needs set status = 'CLOSED' where id = $1`, [needIds[1]]);
    await q(`update needs set region_code = '330106' where id = $1`, [needIds[0]]);
    await q(`update experts set region_code = '110105' where id = $1`, [expert]);
    await q(`update organizations set region_code = '330106' where id = $1`, [jilinU]);
    await q(`update organizations set region_code = '110105' where id = $1`, [buyerJ]);
    await q(
      `update contracts set status = 'REGISTERED', registration_number = 'R2', registered_at = '2026-04-03T16:00:00Z' where id = $1`,
      [s2.contract],
    );
    await q(`update contracts set amount = amount + 1, registered_at = null where id = $1`, [s1.contract]);
    await q(`update deals set price = 310000, created_at = '2026-03-11T16:00:00Z' where id = $1`, [s1.deal]);
    await q(`update matches set need_id = $1 where need_id = $2 and target = 'EXPERT'`, [
      needIds[3],
      needIds[1],
    ]);
    await q(`update trade_listings set achievement_id = $1 where id = $2`, [a5, s3.listing]);
    await q(`update trade_listings set updated_at = now()`); // nothing that counts
    await expectExact();

    // deletes: a need with its matches (cascade), a deal and its contract, a docking, a listing-less achievement
    await q(`delete from needs where id = $1`, [needIds[0]]);
    await q(`delete from deals where id in ($1, $2)`, [s4.deal, s3.deal]);
    await q(`delete from contracts where id = $1`, [s4.contract]);
    await q(`delete from dockings where requester_id = $1`, [buyerB]);
    await q(`delete from achievements where id = $1`, [a3]);
    await q(`delete from experts where id = $1`, [expert]);
    await expectExact();
    expect(
      (await one(`select count(*)::int as n from stats_daily where kind = 'MATCH' and count <> 0`)).n,
    ).toBeGreaterThan(0);

    // TRUNCATE rebuilds
    await q(`truncate needs cascade`);
    await expectExact();
    expect(
      await one(`select count(*) filter (where kind = 'MATCH' and count <> 0)::int as m,
      count(*) filter (where kind = 'ACHIEVEMENT' and count <> 0)::int as a from stats_daily`),
    ).toMatchObject({ m: 0 });
  }, 120_000);
});
