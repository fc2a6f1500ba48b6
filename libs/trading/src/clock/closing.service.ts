import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { RedisPubSub } from 'graphql-redis-subscriptions';
import { DataSource, type EntityManager } from 'typeorm';
import { OrganizationNotifier } from '@techmarket/identity';
import type { NotificationEntity } from '@techmarket/notifications';
import { afterCommit, fromFen, PUB_SUB, toFen } from '@techmarket/shared';
import { AUCTION_COLUMNS, auctionChannel, auctionStateOf } from '../auctions/auction-state.js';
import { writeDeal } from '../deals/deal-writer.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { ListingsService } from '../listings/listings.service.js';
import type { TradeListingEntity } from '../listings/trade-listing.entity.js';
import { TradeMode, TradeStatus } from '../listings/trade.enums.js';
import {
  closeAuction,
  closeListing,
  type DepositHolder,
  noticeOutcome,
  type Registrant,
  type TradeNotice,
  tradeNotices,
} from '../rules/index.js';
import { closeDueJob, TRADING_QUEUE } from './trading.queue.js';

/**
 * The time-driven steps of a trade, each under the listing's row lock and on the database clock:
 * whichever worker or job gets there first does the step; the others find it done.
 */
@Injectable()
export class ClosingService {
  private readonly logger = new Logger(ClosingService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly listings: ListingsService,
    private readonly evidence: EvidenceService,
    private readonly notifier: OrganizationNotifier,
    @Inject(PUB_SUB) private readonly pubsub: RedisPubSub,
    @InjectQueue(TRADING_QUEUE) private readonly queue: Queue,
  ) {}

  /** Does whatever is due on a listing now; returns what happened (for logs and tests). */
  async step(listingId: string): Promise<string> {
    let stored: NotificationEntity[] = [];
    const result = await this.db.transaction(async (em) => {
      const l = await this.listings.lock(em, listingId);
      const notices: TradeNotice[] = [];
      const done = await this.due(em, l, notices);
      // the parties' notices commit with the step: kept exactly when it is, and once
      stored = await this.notifier.storeIn(em, l.id, notices);
      return done;
    });
    if (result !== 'NOTHING_DUE') await this.afterStep(listingId, stored);
    return result;
  }

  /**
   * Milliseconds from the database's now until the listing's next step, for a job that woke early
   * (a worker clock ahead of Postgres, a delay cut to milliseconds); null when nothing is pending.
   */
  async msUntilDue(listingId: string): Promise<number | null> {
    const [row]: Array<{ ms: number | null }> = await this.db.query(
      `select ceil(extract(epoch from (${DUE_AT} - clock_timestamp())) * 1000)::float8 as ms
       from trade_listings l where l.id = $1 and l.status in ${PENDING_STATUSES}`,
      [listingId],
    );
    return row?.ms ?? null;
  }

  /** Under the lock: the step due now, if any; what the parties are to hear goes into `notices`. */
  private async due(em: EntityManager, l: TradeListingEntity, notices: TradeNotice[]): Promise<string> {
    const [{ now }] = await em.query(`select clock_timestamp() as now`);
    const at = new Date(now);
    if (l.status === TradeStatus.SCHEDULED && at >= l.startsAt && at < l.endsAt) {
      await em.query(`update trade_listings set status = 'OPEN', updated_at = now() where id = $1`, [l.id]);
      return 'OPENED';
    }
    if (l.status === TradeStatus.PUBLIC_NOTICE) return this.endNotice(em, l, at, notices);
    if (![TradeStatus.SCHEDULED, TradeStatus.OPEN].includes(l.status) || at < l.endsAt) return 'NOTHING_DUE';
    if (l.currentMode === TradeMode.AUCTION) return this.closeAuction(em, l, notices);
    if (l.currentMode === TradeMode.LISTING) return this.closeListing(em, l, at, notices);
    const offerers = await this.listings.offerers(em, l.id);
    notices.push(...tradeNotices(l.sellerId, { kind: 'NO_AGREEMENT', offerers }));
    return this.fail(em, l, 'NO_AGREEMENT');
  }

  private async holders(em: EntityManager, listingId: string): Promise<DepositHolder[]> {
    const rows: Array<{
      id: string;
      buyerId: string;
      amount: string;
      status: DepositHolder['depositStatus'];
      placedBid: boolean;
    }> = await em.query(
      `select r.id, r.buyer_id as "buyerId", r.deposit_amount as amount, r.deposit_status as status,
         exists (select 1 from bids b where b.registration_id = r.id) as "placedBid"
       from registrations r where r.listing_id = $1 order by r.paddle`,
      [listingId],
    );
    return rows.map((r) => ({
      registrationId: r.id,
      buyerOrgId: r.buyerId,
      depositFen: toFen(r.amount),
      depositStatus: r.status,
      placedBid: r.placedBid,
    }));
  }

  private async settle(
    em: EntityManager,
    settlements: ReadonlyArray<{ registrationId: string; from: string; to: string }>,
  ) {
    for (const s of settlements.filter((x) => x.from !== x.to))
      await em.query(`update registrations set deposit_status = $2::deposit_status where id = $1`, [
        s.registrationId,
        s.to,
      ]);
  }

  private async closeAuction(
    em: EntityManager,
    l: TradeListingEntity,
    notices: TradeNotice[],
  ): Promise<string> {
    const [leader] = await em.query(`select buyer_id as "buyerId" from registrations where id = $1`, [
      l.leadingRegistrationId,
    ]);
    const registrations = await this.holders(em, l.id);
    const outcome = closeAuction({
      highestBid:
        leader && l.currentPrice ? { bidderOrgId: leader.buyerId, amountFen: toFen(l.currentPrice) } : null,
      reservePriceFen: l.reservePrice === null ? null : toFen(l.reservePrice),
      registrations,
      forfeitIfNoBid: l.forfeitIfNoBid,
    });
    await this.settle(em, outcome.settlements);
    const forfeited = new Set(
      outcome.settlements.filter((s) => s.to === 'FORFEITED').map((s) => s.buyerOrgId),
    );
    const registrants = registrantsOf(registrations, forfeited);
    if (outcome.outcome === 'FAILED') {
      notices.push(...tradeNotices(l.sellerId, { kind: 'AUCTION_FAILED', registrants }));
      return this.fail(em, l, outcome.reason, forfeited.size ? outcome.settlements : undefined);
    }
    const price = fromFen(outcome.priceFen);
    const dealId = await writeDeal(em, l, outcome.winnerOrgId, price);
    await em.query(
      `update trade_listings set status = 'DEALT', outcome = 'DEALT', closed_at = now(), updated_at = now() where id = $1`,
      [l.id],
    );
    await this.evidence.append(em, l.id, 'CLOSE', { outcome: 'DEALT', price, bidCount: l.bidCount });
    await this.evidence.append(em, l.id, 'DEAL', {
      dealId,
      price,
      deposits: outcome.settlements.map((s) => ({ to: s.to, amount: fromFen(s.amountFen) })),
    });
    notices.push(
      ...tradeNotices(l.sellerId, { kind: 'AUCTION_DEALT', price, buyer: outcome.winnerOrgId, registrants }),
    );
    return 'DEALT';
  }

  private async closeListing(
    em: EntityManager,
    l: TradeListingEntity,
    at: Date,
    notices: TradeNotice[],
  ): Promise<string> {
    const registrations = await this.holders(em, l.id);
    const registrants = registrantsOf(registrations);
    const outcome = closeListing({
      listPriceFen: toFen(l.listPrice ?? '0'),
      intents: registrations,
      nowMs: at.getTime(),
      auctionDurationSeconds: l.durationSeconds ?? 0,
    });
    if (outcome.outcome === 'FAILED') {
      notices.push(...tradeNotices(l.sellerId, { kind: 'LISTING_FAILED', registrants }));
      return this.fail(em, l, 'NO_PAID_INTENT');
    }
    if (outcome.outcome === 'DEALT') {
      await this.settle(em, outcome.settlements);
      const price = fromFen(outcome.priceFen);
      const dealId = await writeDeal(em, l, outcome.buyerOrgId, price);
      notices.push(
        ...tradeNotices(l.sellerId, { kind: 'LISTING_DEALT', price, buyer: outcome.buyerOrgId, registrants }),
      );
      await em.query(
        `update trade_listings set status = 'DEALT', outcome = 'DEALT', closed_at = now(), updated_at = now() where id = $1`,
        [l.id],
      );
      await this.evidence.append(em, l.id, 'DEAL', { dealId, price });
      return 'DEALT';
    }
    const endsAt = new Date(outcome.endsAtMs);
    await em.query(
      `update trade_listings set current_mode = 'AUCTION', status = 'OPEN', start_price = $2, starts_at = $3, ends_at = $4, updated_at = now() where id = $1`,
      [l.id, l.listPrice, at, endsAt],
    );
    await this.evidence.append(em, l.id, 'TO_AUCTION', {
      startPrice: l.listPrice,
      endsAt: endsAt.toISOString(),
      bidders: outcome.bidderRegistrationIds.length,
    });
    notices.push(
      ...tradeNotices(l.sellerId, {
        kind: 'TO_AUCTION',
        startPrice: l.listPrice as string,
        endsAtMs: outcome.endsAtMs,
        registrants,
      }),
    );
    return 'TO_AUCTION';
  }

  /** 公示 ends: an upheld objection fails the deal; otherwise, once every objection is resolved, the deal is made. */
  private async endNotice(
    em: EntityManager,
    l: TradeListingEntity,
    at: Date,
    notices: TradeNotice[],
  ): Promise<string> {
    const objections: Array<{ upheld: boolean | null }> = await em.query(
      `select upheld from objections where listing_id = $1`,
      [l.id],
    );
    const outcome = noticeOutcome(at.getTime(), (l.noticeEndsAt as Date).getTime(), objections);
    if (outcome.outcome === 'PENDING') return 'NOTHING_DUE';
    const [offer] = await em.query(
      `select id, buyer_id as "buyerId" from offers where listing_id = $1 and status = 'ACCEPTED'`,
      [l.id],
    );
    if (outcome.outcome === 'FAILED') {
      notices.push(...tradeNotices(l.sellerId, { kind: 'NOTICE_FAILED', buyer: offer.buyerId }));
      return this.fail(em, l, outcome.reason);
    }
    notices.push(
      ...tradeNotices(l.sellerId, {
        kind: 'NOTICE_DEALT',
        price: l.currentPrice as string,
        buyer: offer.buyerId,
      }),
    );
    const dealId = await writeDeal(em, l, offer.buyerId, l.currentPrice as string);
    await em.query(
      `update trade_listings set status = 'DEALT', outcome = 'DEALT', closed_at = now(), updated_at = now() where id = $1`,
      [l.id],
    );
    await this.evidence.append(em, l.id, 'DEAL', { dealId, price: l.currentPrice, offerId: offer.id });
    return 'DEALT';
  }

  /** FAILED: every deposit still PAID refunded; `deposits`, when some were forfeited, on the evidence. */
  private async fail(
    em: EntityManager,
    l: TradeListingEntity,
    reason: string,
    deposits?: ReadonlyArray<{ to: string; amountFen: bigint }>,
  ): Promise<string> {
    await em.query(
      `update trade_listings set status = 'FAILED', outcome = $2, closed_at = now(), updated_at = now() where id = $1`,
      [l.id, reason],
    );
    await em.query(
      `update registrations set deposit_status = 'REFUNDED' where listing_id = $1 and deposit_status = 'PAID'`,
      [l.id],
    );
    await this.listings.release(em, l.achievementId);
    await this.evidence.append(em, l.id, 'CLOSE', {
      outcome: 'FAILED',
      reason,
      ...(deposits ? { deposits: deposits.map((s) => ({ to: s.to, amount: fromFen(s.amountFen) })) } : {}),
    });
    return 'FAILED';
  }

  /** After commit: watchers see the new state, bidders hear the outcome, the next due step is scheduled. */
  private async afterStep(listingId: string, stored: readonly NotificationEntity[]): Promise<void> {
    try {
      const [row] = await this.db.query(
        `select ${AUCTION_COLUMNS} from trade_listings l left join registrations lr on lr.id = l.leading_registration_id where l.id = $1`,
        [listingId],
      );
      if (row?.startPrice)
        await afterCommit(
          'publish the auction state',
          this.pubsub.publish(auctionChannel(listingId), { auctionUpdated: auctionStateOf(row) }),
        );
      if (row && [TradeStatus.SCHEDULED, TradeStatus.OPEN].includes(row.status)) {
        const job = closeDueJob(listingId, row.endsAt);
        await afterCommit('schedule the next step', this.queue.add(job.name, job.data, job.opts));
      }
      await this.notifier.push(stored);
    } catch (err) {
      this.logger.warn(`after the step of ${listingId}: ${String(err)}`);
    }
  }
}

/** The statuses a time-driven step is still pending in. */
export const PENDING_STATUSES = `('SCHEDULED', 'OPEN', 'PUBLIC_NOTICE')`;

/**
 * SQL over `trade_listings l`: when a pending listing's next step is due (its opening, its end, its
 * notice's end, or at once when an objection was upheld); null while an objection awaits an operator.
 */
export const DUE_AT = `case
  when l.status = 'PUBLIC_NOTICE' and exists (select 1 from objections o where o.listing_id = l.id and o.upheld)
    then (select min(o.resolved_at) from objections o where o.listing_id = l.id and o.upheld)
  when l.status = 'PUBLIC_NOTICE' and exists (select 1 from objections o where o.listing_id = l.id and o.upheld is null)
    then null
  when l.status = 'PUBLIC_NOTICE' then l.notice_ends_at
  when l.status = 'SCHEDULED' and l.starts_at > clock_timestamp() then l.starts_at
  else l.ends_at end`;

/** The buyers registered at a close, as the notices see them (`paid` before the settlement). */
const registrantsOf = (
  holders: readonly DepositHolder[],
  forfeited: ReadonlySet<string> = new Set(),
): Registrant[] =>
  holders.map((h) => ({
    org: h.buyerOrgId,
    paid: h.depositStatus === 'PAID',
    forfeited: forfeited.has(h.buyerOrgId),
  }));
