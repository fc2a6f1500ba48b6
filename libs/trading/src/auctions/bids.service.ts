import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { RedisPubSub } from 'graphql-redis-subscriptions';
import { DataSource } from 'typeorm';
import { OrganizationNotifier } from '@techmarket/identity';
import {
  afterCommit,
  type AuthUser,
  badInput,
  conflict,
  forbidden,
  fromFen,
  isUuid,
  notFound,
  parseMoney,
  PUB_SUB,
  toFen,
} from '@techmarket/shared';
import { EvidenceService } from '../evidence/evidence.service.js';
import { closeDueJob, TRADING_QUEUE } from '../clock/trading.queue.js';
import { TradeMode } from '../listings/trade.enums.js';
import { validateBid } from '../rules/index.js';
import { refusal } from '../trading-errors.js';
import { AUCTION_COLUMNS, auctionChannel, type AuctionRow, auctionStateOf } from './auction-state.js';
import type { Bid } from './auction-state.model.js';

interface Accepted {
  bid: Bid;
  replay: boolean;
  state?: AuctionRow;
  extended?: boolean;
  outbid?: string | null;
}

/**
 * 竞价: one transaction per bid, holding the listing's row lock while the rule decides on the
 * database clock read after the lock. A bid racing the close is therefore accepted before it or
 * refused after it; a replay of an accepted (bidder, key) is answered with the same bid.
 */
/** Refusals that no later event can turn into an acceptance (the deposit is the one exception: see precheck). */
const FINAL_REFUSALS: ReadonlySet<string> = new Set([
  'OWN_LISTING',
  'AUCTION_CLOSED',
  'BID_TOO_LOW',
  'OFF_INCREMENT',
  'AUCTION_NOT_OPEN',
]);

@Injectable()
export class BidsService {
  private readonly logger = new Logger(BidsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly evidence: EvidenceService,
    private readonly notifier: OrganizationNotifier,
    @Inject(PUB_SUB) private readonly pubsub: RedisPubSub,
    @InjectQueue(TRADING_QUEUE) private readonly queue: Queue,
  ) {}

  async place(user: AuthUser, listingId: string, amountInput: string, key: string): Promise<Bid> {
    if (!user.organizationId) throw forbidden('MEMBERS_ONLY', 'Bids are placed for an organization');
    if (!isUuid(listingId)) throw notFound('TradeListing', listingId);
    const idempotencyKey = key?.trim() ?? '';
    if (!idempotencyKey || idempotencyKey.length > 100)
      throw badInput('INVALID_IDEMPOTENCY_KEY', 'idempotencyKey is 1 to 100 characters', {
        field: 'idempotencyKey',
      });
    const amount = parseMoney(amountInput, 'amount');
    const org = user.organizationId;
    const early = await this.precheck(listingId, org, idempotencyKey, amount);
    if (early) return early;
    const result = await this.db.transaction(async (em): Promise<Accepted> => {
      const [l] = await em.query(
        `select ${AUCTION_COLUMNS}, l.current_mode as "currentMode", l.seller_id as "sellerId",
           l.leading_registration_id as "leadingRegistrationId", clock_timestamp() as now
         from trade_listings l left join registrations lr on lr.id = l.leading_registration_id where l.id = $1 for update of l`,
        [listingId],
      );
      if (!l) throw notFound('TradeListing', listingId);
      if (l.currentMode !== TradeMode.AUCTION)
        throw conflict('NOT_AN_AUCTION', 'this listing does not take bids');
      // One read after the lock, on a fresh snapshot: the bidder's registration, its earlier bid under
      // this key (a replay), and the leader's organization. One round trip instead of two while every
      // other bidder waits on the lock. The leader is read here, not joined in the locking select:
      // when that select waited for the lock behind an accepted bid, Postgres re-reads the locked listing
      // row but not the joined registration, so the join came back empty (no OUTBID notice, and an
      // organization's concurrent second bid escaped ALREADY_LEADING).
      const [row] = await em.query(
        `select r.id, r.paddle, r.deposit_status as "depositStatus", p.id as "priorId", p.paddle as "priorPaddle",
           p.amount as "priorAmount", p.created_at as "priorCreatedAt", (select buyer_id from registrations where id = $4) as "leaderOrg"
         from (select 1) one
           left join registrations r on r.listing_id = $1 and r.buyer_id = $2
           left join bids p on p.registration_id = r.id and p.idempotency_key = $3`,
        [listingId, org, idempotencyKey, l.leadingRegistrationId],
      );
      const reg = row.id ? row : undefined;
      if (row.priorId)
        return {
          bid: {
            id: row.priorId,
            paddle: row.priorPaddle,
            amount: row.priorAmount,
            createdAt: row.priorCreatedAt,
          },
          replay: true,
        };
      const decision = validateBid(
        {
          status: l.status,
          startsAtMs: new Date(l.startsAt).getTime(),
          endsAtMs: new Date(l.endsAt).getTime(),
          startPriceFen: toFen(l.startPrice),
          incrementFen: toFen(l.increment),
          currentPriceFen: l.currentPrice === null ? null : toFen(l.currentPrice),
          leadingBidderId: row.leaderOrg,
          sellerOrgId: l.sellerId,
          extensionSeconds: l.extensionSeconds,
        },
        {
          bidderOrgId: org,
          amountFen: toFen(amount),
          atMs: new Date(l.now).getTime(),
          depositPaid: reg?.depositStatus === 'PAID',
        },
      );
      if (!decision.ok)
        throw refusal(
          decision.reason,
          decision.minimumFen === undefined ? {} : { minimum: fromFen(decision.minimumFen) },
        );
      const endsAt = new Date(decision.endsAtMs);
      // The bid, the listing's new price and the evidence chain's head (with the database clock the
      // entry is stamped with, as EvidenceService.append would read it) in one statement.
      const [bid] = await em.query(
        `with bid as (
           insert into bids (listing_id, registration_id, paddle, amount, idempotency_key, created_at) values ($1, $2, $3, $4, $5, $6)
           returning id, paddle, amount, created_at as "createdAt"
         ), listing as (
           update trade_listings set current_price = $4, leading_registration_id = $2, bid_count = bid_count + 1, ends_at = $7,
             status = 'OPEN', updated_at = now() where id = $1
           returning evidence_length as length, evidence_head as hash
         )
         select bid.*, listing.length, listing.hash, clock_timestamp() as at from bid, listing`,
        [listingId, reg.id, reg.paddle, amount, idempotencyKey, l.now, endsAt],
      );
      await this.evidence.appendAfter(em, listingId, bid, 'BID', {
        paddle: reg.paddle,
        amount,
        endsAt: endsAt.toISOString(),
      });
      const state: AuctionRow = {
        ...l,
        status: 'OPEN',
        currentPrice: amount,
        leadingPaddle: reg.paddle,
        bidCount: l.bidCount + 1,
        endsAt,
      };
      return {
        bid: { id: bid.id, paddle: bid.paddle, amount: bid.amount, createdAt: bid.createdAt },
        replay: false,
        state,
        extended: decision.extended,
        outbid: row.leaderOrg,
      };
    });
    if (!result.replay) await this.afterBid(listingId, result);
    return result.bid;
  }

  /**
   * Most attempts in a busy auction lose the race for the next increment. Those refusals are decided
   * from one unlocked read, without queueing for the lot's row lock: the price only rises, the grid,
   * the seller and a close never change back, so a bid refused for any of these reasons now would be
   * refused under the lock too. A replay is answered from the same read. Anything else (an acceptable
   * bid, or ALREADY_LEADING, which a concurrent bid may undo) goes on to the locked decision.
   */
  private async precheck(listingId: string, org: string, key: string, amount: string): Promise<Bid | null> {
    const [l] = await this.db.query(
      `select l.status, l.current_mode as "currentMode", l.seller_id as "sellerId", l.starts_at as "startsAt", l.ends_at as "endsAt",
         l.start_price as "startPrice", l.increment, l.current_price as "currentPrice", l.extension_seconds as "extensionSeconds",
         r.deposit_status as "depositStatus", p.id as "priorId", p.paddle as "priorPaddle", p.amount as "priorAmount",
         p.created_at as "priorCreatedAt", clock_timestamp() as now
       from trade_listings l
         left join registrations r on r.listing_id = l.id and r.buyer_id = $2
         left join bids p on p.registration_id = r.id and p.idempotency_key = $3
       where l.id = $1`,
      [listingId, org, key],
    );
    if (!l) throw notFound('TradeListing', listingId);
    if (l.priorId)
      return { id: l.priorId, paddle: l.priorPaddle, amount: l.priorAmount, createdAt: l.priorCreatedAt };
    if (l.currentMode !== TradeMode.AUCTION)
      throw conflict('NOT_AN_AUCTION', 'this listing does not take bids');
    const decision = validateBid(
      {
        status: l.status,
        startsAtMs: new Date(l.startsAt).getTime(),
        endsAtMs: new Date(l.endsAt).getTime(),
        startPriceFen: toFen(l.startPrice),
        incrementFen: toFen(l.increment),
        currentPriceFen: l.currentPrice === null ? null : toFen(l.currentPrice),
        leadingBidderId: null,
        sellerOrgId: l.sellerId,
        extensionSeconds: l.extensionSeconds,
      },
      {
        bidderOrgId: org,
        amountFen: toFen(amount),
        atMs: new Date(l.now).getTime(),
        depositPaid: l.depositStatus === 'PAID',
      },
    );
    if (!decision.ok && FINAL_REFUSALS.has(decision.reason))
      throw refusal(
        decision.reason,
        decision.minimumFen === undefined ? {} : { minimum: fromFen(decision.minimumFen) },
      );
    return null;
  }

  /** After commit: watchers see the bid, the close moves with an extension, the outbid bidder hears. */
  private async afterBid(listingId: string, r: Accepted): Promise<void> {
    const state = auctionStateOf(r.state as AuctionRow);
    const close = closeDueJob(listingId, state.endsAt);
    await afterCommit(
      `after the bid on ${listingId}`,
      Promise.all([
        this.pubsub.publish(auctionChannel(listingId), { auctionUpdated: state }),
        r.extended ? this.queue.add(close.name, close.data, close.opts) : Promise.resolve(),
        r.outbid
          ? this.notifier.notify(r.outbid, {
              kind: 'OUTBID',
              title: '您的出价已被超过',
              body: `当前价 ${state.currentPrice} 元`,
              subjectId: listingId,
            })
          : Promise.resolve(),
      ]),
    );
  }
}
