import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { RedisPubSub } from 'graphql-redis-subscriptions';
import { DataSource } from 'typeorm';
import { OrganizationNotifier } from '@techmarket/identity';
import {
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
    const result = await this.db.transaction(async (em): Promise<Accepted> => {
      const [l] = await em.query(
        `select ${AUCTION_COLUMNS}, l.current_mode as "currentMode", l.seller_id as "sellerId", lr.buyer_id as "leaderOrg",
           clock_timestamp() as now
         from trade_listings l left join registrations lr on lr.id = l.leading_registration_id where l.id = $1 for update of l`,
        [listingId],
      );
      if (!l) throw notFound('TradeListing', listingId);
      if (l.currentMode !== TradeMode.AUCTION)
        throw conflict('NOT_AN_AUCTION', 'this listing does not take bids');
      const [reg] = await em.query(
        `select id, paddle, deposit_status as "depositStatus" from registrations where listing_id = $1 and buyer_id = $2`,
        [listingId, org],
      );
      if (reg) {
        const [prior] = await em.query(
          `select id, paddle, amount, created_at as "createdAt" from bids where registration_id = $1 and idempotency_key = $2`,
          [reg.id, idempotencyKey],
        );
        if (prior) return { bid: prior, replay: true };
      }
      const decision = validateBid(
        {
          status: l.status,
          startsAtMs: new Date(l.startsAt).getTime(),
          endsAtMs: new Date(l.endsAt).getTime(),
          startPriceFen: toFen(l.startPrice),
          incrementFen: toFen(l.increment),
          currentPriceFen: l.currentPrice === null ? null : toFen(l.currentPrice),
          leadingBidderId: l.leaderOrg,
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
      const [bid] = await em.query(
        `insert into bids (listing_id, registration_id, paddle, amount, idempotency_key, created_at) values ($1, $2, $3, $4, $5, $6)
         returning id, paddle, amount, created_at as "createdAt"`,
        [listingId, reg.id, reg.paddle, amount, idempotencyKey, l.now],
      );
      const endsAt = new Date(decision.endsAtMs);
      await em.query(
        `update trade_listings set current_price = $2, leading_registration_id = $3, bid_count = bid_count + 1, ends_at = $4,
           status = 'OPEN', updated_at = now() where id = $1`,
        [listingId, amount, reg.id, endsAt],
      );
      await this.evidence.append(em, listingId, 'BID', {
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
      return { bid, replay: false, state, extended: decision.extended, outbid: l.leaderOrg };
    });
    if (!result.replay) await this.afterBid(listingId, result);
    return result.bid;
  }

  /** After commit: watchers see the bid, the close moves with an extension, the outbid bidder hears. */
  private async afterBid(listingId: string, r: Accepted): Promise<void> {
    const state = auctionStateOf(r.state as AuctionRow);
    const close = closeDueJob(listingId, state.endsAt);
    await Promise.all([
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
    ]).catch((err: unknown) => this.logger.warn(`after bid on ${listingId}: ${String(err)}`));
  }
}
