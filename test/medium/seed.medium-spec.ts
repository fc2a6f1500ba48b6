import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { flattenTaxonomy } from '@techmarket/catalog';
import { type AppConfig, loadConfig } from '@techmarket/shared';
import { verifyChain } from '@techmarket/trading';
import { seed } from '../../scripts/seed.js';
import { openTestDataSource } from '../support/databases.js';
import { dropQueueKeys } from '../support/platform.js';

let dataSource: DataSource;
let close: () => Promise<void>;
let config: AppConfig;

beforeAll(async () => {
  const opened = await openTestDataSource('seed');
  ({ dataSource, close } = opened);
  config = {
    ...loadConfig({ ...process.env, NODE_ENV: 'development' }),
    databaseUrl: opened.db.url,
    queuePrefix: `tm-test-${randomBytes(4).toString('hex')}`,
  };
}, 30_000);
afterAll(async () => {
  await close?.();
  if (config) await dropQueueKeys(config.redisUrl, config.queuePrefix);
}, 30_000);

const one = async (sql: string, params: unknown[] = []) => (await dataSource.query(sql, params))[0];

describe('demo data on an empty database', () => {
  it.each(['production', 'test'] as const)('loads no demo member in %s', async (env) => {
    await seed(dataSource, { ...config, env });
    expect((await one('select count(*)::int as n from users')).n).toBe(0);
    expect((await one('select count(*)::int as n from fields')).n).toBeGreaterThan(0);
  });

  it('loads organizations, CSL achievements, experts with teams and open needs, then never again', async () => {
    await seed(dataSource, config);
    const counts = await one(`select (select count(*) from organizations)::int as orgs,
      (select count(*) from achievements where status in ('LISTED', 'IN_TRADE') and search_vector is not null)::int as achievements,
      (select count(*) from experts where search_vector is not null)::int as experts,
      (select count(*) from achievement_team)::int as team,
      (select count(*) from needs where status = 'OPEN' and search_vector is not null)::int as needs,
      (select count(*) from needs where challenge_reward is not null)::int as challenges`);
    expect(counts.orgs).toBe(9);
    expect(counts.achievements).toBeGreaterThan(1000);
    expect(counts.experts).toBe(12);
    expect(counts.team).toBeGreaterThan(12);
    expect(counts.needs).toBe(12);
    expect(counts.challenges).toBeGreaterThan(0);

    const codes = new Set(flattenTaxonomy().map((f) => f.code));
    const used: Array<{ code: string }> = await dataSource.query(
      `select distinct unnest(field_codes) as code from achievements union select distinct unnest(field_codes) from needs`,
    );
    expect(used.filter((u) => !codes.has(u.code))).toEqual([]);
    const owners =
      await one(`select count(*)::int as n from achievements a join organizations o on o.id = a.owner_id
      where o.kind not in ('UNIVERSITY', 'RESEARCH_INSTITUTE')`);
    expect(owners.n).toBe(0);
    const found = await one(
      `select count(*)::int as n from achievements where search_vector @@ plainto_tsquery('simple', '镁合金')`,
    );
    expect(found.n).toBeGreaterThan(0);

    await seed(dataSource, config);
    expect((await one('select count(*)::int as n from achievements')).n).toBe(counts.achievements);
  }, 60_000);

  // runs on the database the test above loaded
  it('has a living market: an auction days long with bids, a listing with an intent, a price on notice, a challenge with proposals', async () => {
    const listing = (mode: string) =>
      one(
        `select l.*, a.status as "achievementStatus", o.verified as "sellerVerified",
           extract(epoch from (l.ends_at - now())) / 86400 as "daysLeft"
         from trade_listings l join achievements a on a.id = l.achievement_id join organizations o on o.id = l.seller_id
         where l.mode = $1`,
        [mode],
      );
    const registrations = (listingId: string) =>
      dataSource.query(
        `select r.paddle, r.deposit_status as "depositStatus", r.deposit_amount as "depositAmount", o.name
         from registrations r join organizations o on o.id = r.buyer_id where r.listing_id = $1 order by r.paddle`,
        [listingId],
      );
    const kinds = async (listingId: string) =>
      (
        await dataSource.query(`select kind from evidence_entries where listing_id = $1 order by index`, [
          listingId,
        ])
      ).map((e: { kind: string }) => e.kind);

    const auction = await listing('AUCTION');
    expect(auction).toMatchObject({ status: 'OPEN', current_mode: 'AUCTION', achievementStatus: 'IN_TRADE' });
    expect(auction.sellerVerified).toBe(true);
    expect(Number(auction.daysLeft)).toBeGreaterThan(3);
    expect(Number(auction.daysLeft)).toBeLessThan(5);
    const bidders = await registrations(auction.id);
    expect(bidders.map((r: { paddle: string }) => r.paddle)).toEqual(['001', '002', '003']);
    expect(bidders.every((r: { depositStatus: string }) => r.depositStatus === 'PAID')).toBe(true);
    const bids = await dataSource.query(
      `select b.amount, r.paddle from bids b join registrations r on r.id = b.registration_id
       where b.listing_id = $1 order by b.amount`,
      [auction.id],
    );
    expect(bids.length).toBeGreaterThanOrEqual(3);
    expect(new Set(bids.map((b: { paddle: string }) => b.paddle)).size).toBeGreaterThanOrEqual(2);
    expect(auction.bid_count).toBe(bids.length);
    const top = bids[bids.length - 1];
    expect(auction.current_price).toBe(top.amount);
    const leader = await one(`select paddle from registrations where id = $1`, [
      auction.leading_registration_id,
    ]);
    expect(leader.paddle).toBe(top.paddle);
    expect(await kinds(auction.id)).toEqual([
      'LISTING',
      ...bidders.flatMap(() => ['REGISTRATION', 'DEPOSIT']),
      ...bids.map(() => 'BID'),
    ]);

    const posted = await listing('LISTING');
    expect(posted).toMatchObject({ status: 'OPEN', current_mode: 'LISTING', achievementStatus: 'IN_TRADE' });
    const intents = await registrations(posted.id);
    expect(intents).toHaveLength(1);
    expect(intents[0]).toMatchObject({ paddle: '001', depositStatus: 'PAID' });
    expect(Number(intents[0].depositAmount)).toBeGreaterThan(0);

    const negotiated = await listing('NEGOTIATED');
    expect(negotiated.status).toBe('PUBLIC_NOTICE');
    expect(negotiated.current_price).not.toBeNull();
    expect(new Date(negotiated.notice_ends_at).getTime()).toBeGreaterThan(Date.now());
    const offer = await one(`select status, counter_amount from offers where listing_id = $1`, [
      negotiated.id,
    ]);
    expect(offer.status).toBe('ACCEPTED');
    expect(negotiated.current_price).toBe(offer.counter_amount);
    expect(await kinds(negotiated.id)).toEqual(['LISTING', 'OFFER', 'OFFER_COUNTERED', 'AGREED']);

    const challenge = await one(
      `select n.status, n.challenge_deadline > now() as open, count(p.id)::int as proposals,
         count(distinct p.solver_id)::int as solvers, (select count(*)::int from proposal_experts pe
           join proposals q on q.id = pe.proposal_id where q.need_id = n.id) as experts
       from needs n join proposals p on p.need_id = n.id group by n.id`,
    );
    expect(challenge).toMatchObject({ status: 'OPEN', open: true });
    expect(challenge.proposals).toBeGreaterThanOrEqual(2);
    expect(challenge.solvers).toBe(challenge.proposals);
    expect(challenge.experts).toBeGreaterThan(0);

    for (const l of [auction, posted, negotiated]) {
      const entries = await dataSource.query(
        `select payload, prev_hash as "prevHash", hash from evidence_entries where listing_id = $1 order by index`,
        [l.id],
      );
      const verified = verifyChain(entries, { length: l.evidence_length, headHash: l.evidence_head });
      expect(verified).toMatchObject({ valid: true, length: l.evidence_length });
    }

    // what the steps tell the members: the outbid bidders, the seller of the negotiated price
    const outbid = await one(
      `select count(*)::int as n from notifications where kind = 'OUTBID' and subject_id = $1`,
      [auction.id],
    );
    expect(outbid.n).toBeGreaterThan(0);
  });
});
