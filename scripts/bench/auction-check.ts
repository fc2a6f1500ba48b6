// The invariants after the auction benchmark, in SQL on the bench database, plus replays through the API.
import pg from 'pg';
import type { AuctionPlatform } from './auction-platform.js';
import type { Lot } from './auction-setup.js';
import { type AcceptedBid, BID } from './auction-load.js';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export async function checkInvariants(
  p: AuctionPlatform,
  lot: Lot,
  accepted: AcceptedBid[],
): Promise<Check[]> {
  // replays first, so that the counts below also show they added nothing
  const picks = [...accepted];
  for (let i = picks.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [picks[i], picks[j]] = [picks[j], picks[i]];
  }
  picks.length = Math.min(100, picks.length);
  let same = 0;
  for (const b of picks) {
    const body = await p.post(
      BID,
      { l: lot.listingId, a: String(b.amount), k: b.key },
      lot.bidders[b.bidder].token,
    );
    if (body.data?.placeBid?.id === b.id) same += 1;
  }
  const db = new pg.Client({ connectionString: p.dbUrl });
  await db.connect();
  const checks: Check[] = [];
  const add = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });
  add(
    'replayed (bidder, key, amount) answers the same bid id',
    same === picks.length,
    `${same}/${picks.length}`,
  );
  try {
    const q = async (sql: string) => (await db.query(sql, [lot.listingId])).rows[0];
    const order = await q(`
      select count(*)::int as n, count(distinct amount)::int as distinct_amounts,
        count(*) filter (where prev_amount is not null and amount <= prev_amount)::int as not_rising,
        count(*) filter (where prev_at is not null and created_at <= prev_at)::int as same_or_earlier_time
      from (select amount, created_at, lag(amount) over w as prev_amount, lag(created_at) over w as prev_at
            from bids where listing_id = $1 window w as (order by created_at, amount)) s`);
    add(
      'amounts distinct and strictly increasing in created_at order',
      order.n === order.distinct_amounts && order.not_rising === 0 && order.same_or_earlier_time === 0,
      `${order.n} bids, ${order.distinct_amounts} distinct amounts, ${order.not_rising} not rising, ${order.same_or_earlier_time} not later than the previous`,
    );
    const grid = await q(`select count(*)::int as off from bids b join trade_listings l on l.id = b.listing_id
      where b.listing_id = $1 and (b.amount < l.start_price or mod(b.amount - l.start_price, l.increment) <> 0)`);
    add('every amount on the start + k·increment grid', grid.off === 0, `${grid.off} off the grid`);
    const listing =
      await q(`select l.bid_count, l.current_price::text as price, l.leading_registration_id as leader,
        (select count(*)::int from bids where listing_id = l.id) as bids,
        (select max(amount)::text from bids where listing_id = l.id) as max,
        (select registration_id from bids where listing_id = l.id order by amount desc limit 1) as top_reg,
        (select count(*)::int from evidence_entries where listing_id = l.id and kind = 'BID') as evidence_bids,
        (select count(*)::int from notifications where subject_id = l.id and kind = 'OUTBID') as outbid
      from trade_listings l where l.id = $1`);
    add(
      'bid count = trade_listings.bid_count',
      listing.bids === listing.bid_count,
      `${listing.bids} rows, bid_count ${listing.bid_count}`,
    );
    add(
      'current_price = max(amount), leader = its bidder',
      listing.price === listing.max && listing.leader === listing.top_reg,
      `current_price ${listing.price}, max ${listing.max}`,
    );
    add(
      'one BID evidence entry per bid',
      listing.evidence_bids === listing.bids,
      `${listing.evidence_bids} BID entries`,
    );
    // every bid after the first outbids another organization (one member each), which hears OUTBID
    add(
      'each outbid bidder notified (OUTBID = bids − 1)',
      listing.outbid === Math.max(0, listing.bids - 1),
      `${listing.outbid} OUTBID notifications`,
    );
    add(
      'every bid the API accepted is kept once',
      accepted.length === listing.bids && new Set(accepted.map((b) => b.id)).size === accepted.length,
      `${accepted.length} accepted answers, ${listing.bids} rows`,
    );
    const dup = await q(`select count(*)::int as n from (select 1 from bids where listing_id = $1
      group by registration_id, idempotency_key having count(*) > 1) d`);
    add('no duplicate (registration_id, idempotency_key)', dup.n === 0, `${dup.n} duplicates`);
  } finally {
    await db.end();
  }
  const { verifyEvidence: v } = await p.gql(
    `query($l: ID!) { verifyEvidence(listingId: $l) { valid length firstInvalidIndex } }`,
    { l: lot.listingId },
  );
  add('evidence chain verifies (verifyEvidence)', v.valid === true, `valid ${v.valid}, length ${v.length}`);
  return checks;
}
