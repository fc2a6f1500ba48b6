import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource, type FindManyOptions, In } from 'typeorm';
import { OrganizationNotifier, OrganizationsService } from '@techmarket/identity';
import { requireOperatorReach } from '@techmarket/markets';
import {
  afterCommit,
  APP_CONFIG,
  type AppConfig,
  type AuthUser,
  badInput,
  conflict,
  forbidden,
  fromFen,
  groupByKeys,
  isAnyOperator,
  isUuid,
  notFound,
  parseMoney,
  type RequestLoaders,
  toFen,
} from '@techmarket/shared';
import { closeDueJob, TRADING_QUEUE } from '../clock/trading.queue.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { ListingsService } from '../listings/listings.service.js';
import { TradeSubjects } from '../markets/trade-subjects.js';
import { TradeMode } from '../listings/trade.enums.js';
import { makeOffer, raiseObjection, resolveObjection, respondToOffer } from '../rules/index.js';
import { idempotencyKey } from '../idempotency-key.js';
import { offerScope } from './offer-access.js';
import { refusal } from '../trading-errors.js';
import { ObjectionEntity, OfferEntity, OfferStatus } from './offer.entity.js';
import type { OfferAction } from './offer.model.js';

const text = (v: string | null | undefined, field: string, required: boolean) => {
  const t = v?.trim() ?? '';
  if (required && !t) throw badInput(`${field.toUpperCase()}_REQUIRED`, `${field} is required`, { field });
  if ([...t].length > 2000)
    throw badInput(`${field.toUpperCase()}_TOO_LONG`, `${field} is at most 2000 characters`, { field });
  return t || null;
};

/** 协议定价: offers and counters under the listing's row lock, then the public notice (公示) with objections. */
@Injectable()
export class NegotiationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly listings: ListingsService,
    private readonly evidence: EvidenceService,
    private readonly notifier: OrganizationNotifier,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(TRADING_QUEUE) private readonly queue: Queue,
    private readonly organizations: OrganizationsService,
    private readonly subjects: TradeSubjects,
  ) {}

  async offer(
    user: AuthUser,
    listingId: string,
    amountInput: string,
    message?: string | null,
    keyInput?: string | null,
  ): Promise<OfferEntity> {
    if (!user.organizationId) throw forbidden('MEMBERS_ONLY', 'Offers are made for an organization');
    await this.organizations.requireVerified(user, 'OFFER');
    const amount = parseMoney(amountInput, 'amount');
    const note = text(message, 'message', false);
    const key = idempotencyKey(keyInput, false);
    const { offerId, stored } = await this.db.transaction(async (em) => {
      const l = await this.listings.lock(em, listingId);
      if (l.currentMode !== TradeMode.NEGOTIATED)
        throw conflict('NOT_NEGOTIATED', 'this listing does not take offers');
      const made = key
        ? await em
            .getRepository(OfferEntity)
            .findOneBy({ listingId: l.id, buyerId: user.organizationId as string, idempotencyKey: key })
        : null;
      if (made) {
        // a retry: the offer this key already made, or a clear refusal if the key is reused for another
        if (toFen(made.amount) !== toFen(amount))
          throw conflict(
            'IDEMPOTENCY_KEY_REUSED',
            'this idempotencyKey already made an offer of another amount',
            {
              field: 'idempotencyKey',
            },
          );
        return { offerId: made.id, stored: [] };
      }
      const live: OfferEntity[] = await em.getRepository(OfferEntity).findBy({
        listingId: l.id,
        buyerId: user.organizationId as string,
        status: In([OfferStatus.OPEN, OfferStatus.COUNTERED]),
      });
      const [{ now }] = await em.query(`select clock_timestamp() as now`);
      const decision = makeOffer({
        atMs: new Date(now).getTime(),
        endsAtMs: l.endsAt.getTime(),
        listingStatus: l.status,
        sellerOrgId: l.sellerId,
        buyerOrgId: user.organizationId as string,
        amountFen: toFen(amount),
        buyerLiveOfferIds: live.map((o) => o.id),
      });
      if (!decision.ok) throw refusal(decision.reason);
      if (decision.rejectOfferIds.length)
        await em
          .getRepository(OfferEntity)
          .update({ id: In([...decision.rejectOfferIds]) }, { status: OfferStatus.REJECTED });
      const saved = await em.save(
        OfferEntity,
        em.create(OfferEntity, {
          listingId: l.id,
          buyerId: user.organizationId as string,
          amount,
          message: note,
          idempotencyKey: key,
        }),
      );
      await this.evidence.append(em, l.id, 'OFFER', { offerId: saved.id, amount });
      // the seller's notice commits with the offer: once, and nothing to fail after the commit
      const notice = {
        org: l.sellerId,
        kind: 'OFFER_RECEIVED' as const,
        title: '收到新的报价',
        body: `报价 ${amount} 元`,
      };
      return { offerId: saved.id, stored: await this.notifier.storeIn(em, l.id, [notice]) };
    });
    await this.notifier.push(stored);
    return this.mustOffer(offerId);
  }

  async respond(
    user: AuthUser,
    offerId: string,
    action: OfferAction,
    counterInput?: string | null,
  ): Promise<OfferEntity> {
    const found = isUuid(offerId)
      ? await this.db.getRepository(OfferEntity).findOneBy({ id: offerId })
      : null;
    if (!found) throw notFound('Offer', offerId);
    await this.organizations.requireVerified(user, 'OFFER');
    const counter = counterInput == null ? null : parseMoney(counterInput, 'counterAmount');
    const notify = await this.db.transaction(async (em) => {
      const l = await this.listings.lock(em, found.listingId);
      const offer = (await em.getRepository(OfferEntity).findOneBy({ id: offerId })) as OfferEntity;
      if (user.organizationId !== l.sellerId && user.organizationId !== offer.buyerId)
        throw notFound('Offer', offerId);
      const [{ now }] = await em.query(`select clock_timestamp() as now`);
      const r = respondToOffer({
        offer: {
          status: offer.status,
          buyerOrgId: offer.buyerId,
          sellerOrgId: l.sellerId,
          amountFen: toFen(offer.amount),
          counterAmountFen: offer.counterAmount === null ? null : toFen(offer.counterAmount),
        },
        listingStatus: l.status,
        actorOrgId: user.organizationId as string,
        action,
        counterAmountFen: counter === null ? null : toFen(counter),
        atMs: new Date(now).getTime(),
        endsAtMs: l.endsAt.getTime(),
        noticeSeconds: this.config.publicNoticeSeconds,
      });
      if (!r.ok) throw refusal(r.reason);
      await em.getRepository(OfferEntity).update(
        { id: offer.id },
        {
          status: r.status as OfferStatus,
          counterAmount: r.status === 'COUNTERED' ? fromFen(r.counterAmountFen) : offer.counterAmount,
        },
      );
      if (r.status === 'ACCEPTED') {
        const noticeEndsAt = new Date(r.noticeEndsAtMs);
        await em.query(
          `update offers set status = 'REJECTED', updated_at = now() where listing_id = $1 and id <> $2 and status in ('OPEN', 'COUNTERED')`,
          [l.id, offer.id],
        );
        await em.query(
          `update trade_listings set status = 'PUBLIC_NOTICE', current_price = $2, notice_ends_at = $3, updated_at = now() where id = $1`,
          [l.id, fromFen(r.agreedPriceFen), noticeEndsAt],
        );
        await this.evidence.append(em, l.id, 'AGREED', {
          offerId: offer.id,
          price: fromFen(r.agreedPriceFen),
          noticeEndsAt: noticeEndsAt.toISOString(),
        });
      } else {
        await this.evidence.append(em, l.id, `OFFER_${r.status}`, {
          offerId: offer.id,
          counterAmount: r.status === 'COUNTERED' ? fromFen(r.counterAmountFen) : null,
        });
      }
      const other = user.organizationId === l.sellerId ? offer.buyerId : l.sellerId;
      const answer = r.status === 'ACCEPTED' ? '已接受' : r.status === 'COUNTERED' ? '收到还价' : '已拒绝';
      const notice = { org: other, kind: 'OFFER_ANSWERED' as const, title: `报价${answer}`, body: '' };
      return {
        stored: await this.notifier.storeIn(em, l.id, [notice]),
        listingId: l.id,
        noticeEndsAt: r.status === 'ACCEPTED' ? new Date(r.noticeEndsAtMs) : null,
      };
    });
    if (notify.noticeEndsAt) {
      const job = closeDueJob(notify.listingId, notify.noticeEndsAt);
      await afterCommit('schedule the notice end', this.queue.add(job.name, job.data, job.opts));
    }
    await this.notifier.push(notify.stored);
    return this.mustOffer(offerId);
  }

  /** Anyone signed in may object while the agreed price is on public notice. */
  async object(user: AuthUser, listingId: string, reasonInput: string): Promise<ObjectionEntity> {
    const reason = text(reasonInput, 'reason', true) as string;
    const id = await this.db.transaction(async (em) => {
      const l = await this.listings.lock(em, listingId);
      const [{ now }] = await em.query(`select clock_timestamp() as now`);
      const r = raiseObjection(
        { listingStatus: l.status, noticeEndsAtMs: l.noticeEndsAt?.getTime() ?? null },
        new Date(now).getTime(),
      );
      if (!r.ok) throw refusal(r.reason);
      const saved = await em.save(
        ObjectionEntity,
        em.create(ObjectionEntity, { listingId: l.id, raisedById: user.id, reason }),
      );
      await this.evidence.append(em, l.id, 'OBJECTION', { objectionId: saved.id });
      return saved.id;
    });
    return (await this.db.getRepository(ObjectionEntity).findOneBy({ id })) as ObjectionEntity;
  }

  /**
   * An operator (of the listing's market, or a root one) upholds an objection (the deal fails) or
   * dismisses it; the notice's end then decides.
   */
  async resolve(user: AuthUser, objectionId: string, uphold: boolean): Promise<ObjectionEntity> {
    if (!isAnyOperator(user)) throw forbidden('OPERATOR_ONLY', 'Only operators resolve objections');
    const found = isUuid(objectionId)
      ? await this.db.getRepository(ObjectionEntity).findOneBy({ id: objectionId })
      : null;
    if (!found) throw notFound('Objection', objectionId);
    requireOperatorReach(
      user,
      [await this.subjects.ofListing(found.listingId)],
      'decide objections in their markets',
    );
    await this.db.transaction(async (em) => {
      const l = await this.listings.lock(em, found.listingId);
      const objection = (await em
        .getRepository(ObjectionEntity)
        .findOneBy({ id: objectionId })) as ObjectionEntity;
      const r = resolveObjection({ upheld: objection.upheld }, uphold, l.status);
      if (!r.ok) throw refusal(r.reason);
      await em.query(`update objections set upheld = $2, resolved_at = now() where id = $1`, [
        objection.id,
        uphold,
      ]);
      await this.evidence.append(em, l.id, 'OBJECTION_RESOLVED', {
        objectionId: objection.id,
        upheld: uphold,
      });
    });
    const job = closeDueJob(found.listingId, new Date());
    await afterCommit(
      'run the notice step',
      this.queue.add(job.name, job.data, { ...job.opts, jobId: `${job.opts.jobId}-resolve-${objectionId}` }),
    );
    return (await this.db.getRepository(ObjectionEntity).findOneBy({ id: objectionId })) as ObjectionEntity;
  }

  /** The seller and operators see every offer, a buyer its own, anyone else none; one statement per page. */
  async offersFor(
    loaders: RequestLoaders,
    user: AuthUser | null,
    listing: { id: string; sellerId: string },
  ): Promise<OfferEntity[]> {
    const scope = offerScope(user, listing.sellerId);
    if (scope === 'NONE') return [];
    const all = await this.byListing(loaders, OfferEntity, listing.id);
    return scope === 'ALL' ? all : all.filter((o) => o.buyerId === user?.organizationId);
  }

  objectionsOf(loaders: RequestLoaders, listingId: string): Promise<ObjectionEntity[]> {
    return this.byListing(loaders, ObjectionEntity, listingId);
  }

  /** A listing's offers or objections, oldest first, batched over the listings of a request. */
  private byListing<T extends OfferEntity | ObjectionEntity>(
    loaders: RequestLoaders,
    entity: new () => T,
    listingId: string,
  ): Promise<T[]> {
    return loaders
      .get<string, T[]>(`${entity.name}ByListing`, async (ids) =>
        groupByKeys(
          ids,
          (await this.db.getRepository(entity).find({
            where: { listingId: In([...ids]) },
            order: { createdAt: 'ASC', id: 'ASC' },
          } as FindManyOptions<T>)) as T[],
          (o) => o.listingId,
        ),
      )
      .load(listingId);
  }

  private async mustOffer(id: string): Promise<OfferEntity> {
    return (await this.db.getRepository(OfferEntity).findOneBy({ id })) as OfferEntity;
  }
}
