import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { RedisPubSub } from 'graphql-redis-subscriptions';
import { DataSource, type EntityManager } from 'typeorm';
import { OrganizationNotifier } from '@techmarket/identity';
import { fromFen, PUB_SUB, toFen } from '@techmarket/shared';
import { AUCTION_COLUMNS, auctionChannel, auctionStateOf } from '../auctions/auction-state.js';
import { writeDeal } from '../deals/deal-writer.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { ListingsService } from '../listings/listings.service.js';
import type { TradeListingEntity } from '../listings/trade-listing.entity.js';
import { TradeMode, TradeStatus } from '../listings/trade.enums.js';
import { closeAuction, closeListing, type DepositHolder, noticeOutcome } from '../rules/index.js';
import { closeDueJob, TRADING_QUEUE } from './trading.queue.js';

type Notice = { org: string; kind: 'AUCTION_WON' | 'AUCTION_LOST'; title: string; body: string };

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
    const notices: Notice[] = [];
    const result = await this.db.transaction(async (em) => {
      const l = await this.listings.lock(em, listingId);
      const [{ now }] = await em.query(`select clock_timestamp() as now`);
      const at = new Date(now);
      if (l.status === TradeStatus.SCHEDULED && at >= l.startsAt && at < l.endsAt) {
        await em.query(`update trade_listings set status = 'OPEN', updated_at = now() where id = $1`, [l.id]);
        return 'OPENED';
      }
      if (l.status === TradeStatus.PUBLIC_NOTICE) return this.endNotice(em, l, at);
      if (![TradeStatus.SCHEDULED, TradeStatus.OPEN].includes(l.status) || at < l.endsAt)
        return 'NOTHING_DUE';
      if (l.currentMode === TradeMode.AUCTION) return this.closeAuction(em, l, notices);
      if (l.currentMode === TradeMode.LISTING) return this.closeListing(em, l, at);
      return this.fail(em, l, 'NO_AGREEMENT');
    });
    if (result !== 'NOTHING_DUE') await this.afterStep(listingId, notices);
    return result;
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

  private async closeAuction(em: EntityManager, l: TradeListingEntity, notices: Notice[]): Promise<string> {
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
    const deposit = (org: string) => (forfeited.has(org) ? '未出价，保证金不予退还' : '保证金将退还');
    if (outcome.outcome === 'FAILED') {
      for (const r of registrations)
        notices.push({
          org: r.buyerOrgId,
          kind: 'AUCTION_LOST',
          title: '拍卖流拍',
          body: `本次竞价未成交，${deposit(r.buyerOrgId)}`,
        });
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
    for (const r of registrations)
      notices.push(
        r.buyerOrgId === outcome.winnerOrgId
          ? { org: r.buyerOrgId, kind: 'AUCTION_WON', title: '竞价成功', body: `成交价 ${price} 元` }
          : {
              org: r.buyerOrgId,
              kind: 'AUCTION_LOST',
              title: '竞价未中',
              body: `成交价 ${price} 元，${deposit(r.buyerOrgId)}`,
            },
      );
    return 'DEALT';
  }

  private async closeListing(em: EntityManager, l: TradeListingEntity, at: Date): Promise<string> {
    const registrations = await this.holders(em, l.id);
    const outcome = closeListing({
      listPriceFen: toFen(l.listPrice ?? '0'),
      intents: registrations,
      nowMs: at.getTime(),
      auctionDurationSeconds: l.durationSeconds ?? 0,
    });
    if (outcome.outcome === 'FAILED') return this.fail(em, l, 'NO_PAID_INTENT');
    if (outcome.outcome === 'DEALT') {
      await this.settle(em, outcome.settlements);
      const dealId = await writeDeal(em, l, outcome.buyerOrgId, fromFen(outcome.priceFen));
      await em.query(
        `update trade_listings set status = 'DEALT', outcome = 'DEALT', closed_at = now(), updated_at = now() where id = $1`,
        [l.id],
      );
      await this.evidence.append(em, l.id, 'DEAL', { dealId, price: fromFen(outcome.priceFen) });
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
    return 'TO_AUCTION';
  }

  /** 公示 ends: an upheld objection fails the deal; otherwise, once every objection is resolved, the deal is made. */
  private async endNotice(em: EntityManager, l: TradeListingEntity, at: Date): Promise<string> {
    const objections: Array<{ upheld: boolean | null }> = await em.query(
      `select upheld from objections where listing_id = $1`,
      [l.id],
    );
    const outcome = noticeOutcome(at.getTime(), (l.noticeEndsAt as Date).getTime(), objections);
    if (outcome.outcome === 'PENDING') return 'NOTHING_DUE';
    if (outcome.outcome === 'FAILED') return this.fail(em, l, outcome.reason);
    const [offer] = await em.query(
      `select id, buyer_id as "buyerId" from offers where listing_id = $1 and status = 'ACCEPTED'`,
      [l.id],
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
    await em.query(
      `update achievements set status = 'LISTED', updated_at = now() where id = $1 and status = 'IN_TRADE'`,
      [l.achievementId],
    );
    await this.evidence.append(em, l.id, 'CLOSE', {
      outcome: 'FAILED',
      reason,
      ...(deposits ? { deposits: deposits.map((s) => ({ to: s.to, amount: fromFen(s.amountFen) })) } : {}),
    });
    return 'FAILED';
  }

  /** After commit: watchers see the new state, bidders hear the outcome, the next due step is scheduled. */
  private async afterStep(listingId: string, notices: Notice[]): Promise<void> {
    try {
      const [row] = await this.db.query(
        `select ${AUCTION_COLUMNS} from trade_listings l left join registrations lr on lr.id = l.leading_registration_id where l.id = $1`,
        [listingId],
      );
      if (row?.startPrice)
        await this.pubsub.publish(auctionChannel(listingId), { auctionUpdated: auctionStateOf(row) });
      if (row && [TradeStatus.SCHEDULED, TradeStatus.OPEN].includes(row.status)) {
        const job = closeDueJob(listingId, row.endsAt);
        await this.queue.add(job.name, job.data, job.opts);
      }
      for (const n of notices)
        await this.notifier.notify(n.org, {
          kind: n.kind,
          title: n.title,
          body: n.body,
          subjectId: listingId,
        });
    } catch (err) {
      this.logger.warn(`after the step of ${listingId}: ${String(err)}`);
    }
  }
}
