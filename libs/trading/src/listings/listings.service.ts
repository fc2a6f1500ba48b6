import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource, type EntityManager, In } from 'typeorm';
import {
  AchievementStatus,
  AchievementsService,
  catalogVisibleSql,
  moveMarketStatus,
  PUBLIC_STATUSES,
  viewerOrganization,
} from '@techmarket/catalog';
import { OrganizationNotifier, OrganizationsService } from '@techmarket/identity';
import { MarketsService, scopeSql } from '@techmarket/markets';
import {
  afterCommit,
  type AuthUser,
  byKeys,
  checkPageSize,
  conflict,
  cursorTime,
  decodeCursor,
  forbidden,
  isOperator,
  isUuid,
  keyedConnection,
  notFound,
  type RequestLoaders,
  type RowKey,
} from '@techmarket/shared';
import { closeDueJob, TRADING_QUEUE } from '../clock/trading.queue.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { tradeNotices } from '../rules/index.js';
import { checkListingInput } from './listing-input.js';
import { TradeListingEntity } from './trade-listing.entity.js';
import type { TradeListingInput } from './trade-listing.model.js';
import { TradeMode, TradeStatus } from './trade.enums.js';

/** An achievement's region and fields, aliased `a`: what a market's scope is read from. */
const ACHIEVEMENT_COLUMNS = { region: 'a.region_code', fields: 'a.field_codes' };

/** Trade listings: created by the achievement's owner, public once created, cancelled before any bid or deal. */
@Injectable()
export class ListingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly achievements: AchievementsService,
    private readonly evidence: EvidenceService,
    @InjectQueue(TRADING_QUEUE) private readonly queue: Queue,
    private readonly notifier: OrganizationNotifier,
    private readonly organizations: OrganizationsService,
    private readonly markets: MarketsService,
  ) {}

  get(id: string): Promise<TradeListingEntity | null> {
    return isUuid(id) ? this.db.getRepository(TradeListingEntity).findOneBy({ id }) : Promise.resolve(null);
  }

  async mustGet(id: string): Promise<TradeListingEntity> {
    const found = await this.get(id);
    if (!found) throw notFound('TradeListing', id);
    return found;
  }

  load(loaders: RequestLoaders, id: string) {
    return loaders
      .get<string, TradeListingEntity | null>('tradeListingById', async (ids) =>
        byKeys(
          ids,
          await this.db.getRepository(TradeListingEntity).findBy({ id: In([...ids]) }),
          (l) => l.id,
        ),
      )
      .load(id);
  }

  async create(user: AuthUser, input: TradeListingInput): Promise<TradeListingEntity> {
    if (!user.organizationId) throw forbidden('MEMBERS_ONLY', 'Listings are made by the achievement’s owner');
    const achievement = await this.achievements.get(user, input.achievementId);
    if (!achievement) throw notFound('Achievement', input.achievementId);
    if (achievement.ownerId !== user.organizationId)
      throw forbidden('NOT_OWNER', 'Only the achievement’s owner trades it');
    await this.organizations.requireVerified(user, 'CREATE_TRADE_LISTING');
    const listing = await this.db.transaction(async (em) => {
      const [{ now }] = await em.query(`select clock_timestamp() as now`);
      const t = checkListingInput(input, new Date(now));
      const moved = await moveMarketStatus(
        em,
        'ACHIEVEMENT',
        achievement.id,
        [AchievementStatus.LISTED],
        AchievementStatus.IN_TRADE,
      );
      if (!moved)
        throw conflict('ACHIEVEMENT_NOT_LISTED', 'only a listed achievement can be traded, once at a time');
      const saved = await em.save(
        TradeListingEntity,
        em.create(TradeListingEntity, {
          ...t,
          achievementId: achievement.id,
          sellerId: achievement.ownerId,
          mode: input.mode,
          currentMode: input.mode,
          terms: input.terms,
          status: t.startsAt > new Date(now) ? TradeStatus.SCHEDULED : TradeStatus.OPEN,
        }),
      );
      await this.evidence.append(em, saved.id, 'LISTING', {
        mode: input.mode,
        terms: input.terms,
        listPrice: t.listPrice,
        startPrice: t.startPrice,
        increment: t.increment,
        startsAt: t.startsAt.toISOString(),
        endsAt: t.endsAt.toISOString(),
        ...(t.forfeitIfNoBid ? { forfeitIfNoBid: true } : {}),
      });
      return saved;
    });
    const close = closeDueJob(listing.id, listing.endsAt);
    await afterCommit('schedule the close', this.queue.add(close.name, close.data, close.opts));
    return this.mustGet(listing.id);
  }

  /** Before any bid or deal: the seller or an operator withdraws the listing; paid deposits are refunded. */
  async cancel(user: AuthUser, id: string): Promise<TradeListingEntity> {
    const stored = await this.db.transaction(async (em) => {
      const l = await this.lock(em, id);
      if (l.sellerId !== user.organizationId && !isOperator(user))
        throw forbidden('NOT_OWNER', 'Only the seller cancels');
      if (![TradeStatus.SCHEDULED, TradeStatus.OPEN].includes(l.status) || l.bidCount > 0)
        throw conflict(
          'NOT_CANCELLABLE',
          'a listing with bids, an agreed price or an outcome cannot be cancelled',
        );
      await em.query(
        `update trade_listings set status = 'CANCELLED', closed_at = now(), updated_at = now() where id = $1`,
        [id],
      );
      const registrants: Array<{ org: string; paid: boolean }> = await em.query(
        `select buyer_id as org, deposit_status = 'PAID' as paid from registrations where listing_id = $1 order by paddle`,
        [id],
      );
      const offerers = await this.offerers(em, id);
      await em.query(
        `update registrations set deposit_status = 'REFUNDED' where listing_id = $1 and deposit_status = 'PAID'`,
        [id],
      );
      await this.release(em, l.achievementId);
      await this.evidence.append(em, id, 'CANCEL', { by: user.id });
      const notices = tradeNotices(l.sellerId, {
        kind: 'CANCELLED',
        registrants,
        offerers,
      });
      return this.notifier.storeIn(em, id, notices);
    });
    await this.notifier.push(stored);
    return this.mustGet(id);
  }

  /** A listing, for whoever may see its achievement (`TradeListing.achievement` is non-null): null otherwise. */
  async getVisible(user: AuthUser | null, id: string): Promise<TradeListingEntity | null> {
    const found = await this.get(id);
    return found && (await this.achievements.get(user, found.achievementId)) ? found : null;
  }

  /**
   * Newest first, among the listings whose achievement the viewer may see; with a market, those whose
   * achievement is in it now (by the achievement's region, or its fields for an industry market).
   */
  async list(
    user: AuthUser | null,
    args: {
      status?: TradeStatus[] | null;
      mode?: TradeMode | null;
      first?: number | null;
      after?: string | null;
      market?: string | null;
    },
  ) {
    const limit = checkPageSize(args.first);
    const cursor = decodeCursor(args.after, ['time', 'uuid']);
    const viewer = viewerOrganization(user);
    const params: unknown[] = [
      args.status?.length ? args.status : null,
      args.mode ?? null,
      viewer,
      viewer === null ? [] : PUBLIC_STATUSES,
    ];
    const add = (value: unknown) => `$${params.push(value)}`;
    const scope = args.market ? await this.markets.scope(args.market) : null;
    const inMarket = scope
      ? `and exists (select 1 from achievements a where a.id = l.achievement_id and ${scopeSql(scope, ACHIEVEMENT_COLUMNS, add)})`
      : '';
    const where = `($1::trade_status[] is null or l.status = any($1)) and ($2::trade_mode is null or l.current_mode = $2)
      and ${catalogVisibleSql('ACHIEVEMENT', 'l.achievement_id', '$3', '$4')} ${inMarket}`;
    const n = params.length;
    const keyset = cursor ? `and (l.created_at, l.id) < ($${n + 2}::timestamptz, $${n + 3}::uuid)` : '';
    const [ids, [count]] = await Promise.all([
      this.db.query(
        `select l.id, ${cursorTime('l.created_at')} as "keyAt" from trade_listings l where ${where}
         ${keyset} order by l.created_at desc, l.id desc limit $${n + 1}`,
        [...params, limit + 1, ...(cursor ?? []).map(String)],
      ) as Promise<RowKey[]>,
      this.db.query(`select count(*)::int as n from trade_listings l where ${where}`, params),
    ]);
    const rows = await this.db.getRepository(TradeListingEntity).findBy({ id: In(ids.map((r) => r.id)) });
    return keyedConnection(ids, rows, limit, count.n);
  }

  /** The organizations that made an offer on a listing. */
  async offerers(em: EntityManager, id: string): Promise<string[]> {
    const rows: Array<{ org: string }> = await em.query(
      `select distinct buyer_id as org from offers where listing_id = $1 order by 1`,
      [id],
    );
    return rows.map((r) => r.org);
  }

  /** A trade that ends without a deal puts its achievement back on the market (and into matching). */
  async release(em: EntityManager, achievementId: string): Promise<void> {
    await moveMarketStatus(
      em,
      'ACHIEVEMENT',
      achievementId,
      [AchievementStatus.IN_TRADE],
      AchievementStatus.LISTED,
    );
  }

  /** The listing row, locked for the rest of the transaction: every trading step goes through here. */
  async lock(em: EntityManager, id: string): Promise<TradeListingEntity> {
    if (!isUuid(id)) throw notFound('TradeListing', id);
    const l = await em
      .getRepository(TradeListingEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!l) throw notFound('TradeListing', id);
    return l;
  }
}
