import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { catalogVisibleSql, PUBLIC_STATUSES, viewerOrganization, viewerScopes } from '@techmarket/catalog';
import { requireOperatorReach } from '@techmarket/markets';
import { OrganizationNotifier, OrganizationsService } from '@techmarket/identity';
import {
  type AuthUser,
  checkPageSize,
  conflict,
  cursorTime,
  decodeCursor,
  forbidden,
  groupByKeys,
  isAnyOperator,
  isUuid,
  keyedConnection,
  notFound,
  type RequestLoaders,
  type RowKey,
} from '@techmarket/shared';
import { EvidenceService } from '../evidence/evidence.service.js';
import { ListingsService } from '../listings/listings.service.js';
import { listingInScopes, TradeSubjects } from '../markets/trade-subjects.js';
import { DepositStatus, TradeMode, TradeStatus } from '../listings/trade.enums.js';
import { takesIntents } from '../rules/index.js';
import { refusal } from '../trading-errors.js';
import { RegistrationEntity } from './registration.entity.js';

export interface RegistrationListArgs {
  listingId?: string | null;
  depositStatus?: DepositStatus[] | null;
  first?: number | null;
  after?: string | null;
}

const intentsClosed = () =>
  conflict(
    'INTENTS_CLOSED',
    'this auction is among the buyers whose deposit was paid when the listing period ended',
  );

/** 报名 and 保证金: buyers register under a paddle number; an operator confirms that the deposit arrived. */
@Injectable()
export class RegistrationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly listings: ListingsService,
    private readonly evidence: EvidenceService,
    private readonly notifier: OrganizationNotifier,
    private readonly organizations: OrganizationsService,
    private readonly subjects: TradeSubjects,
  ) {}

  /** Registering twice answers with the same registration. */
  async register(user: AuthUser, listingId: string): Promise<RegistrationEntity> {
    const org = user.organizationId;
    if (!org) throw forbidden('MEMBERS_ONLY', 'Buyers register for their organization');
    await this.organizations.requireVerified(user, 'REGISTER_FOR_TRADE');
    const id = await this.db.transaction(async (em) => {
      const l = await this.listings.lock(em, listingId);
      if (l.sellerId === org) throw refusal('OWN_LISTING');
      const [existing] = await em.query(
        `select id from registrations where listing_id = $1 and buyer_id = $2`,
        [l.id, org],
      );
      if (existing) return existing.id as string;
      if (l.currentMode === TradeMode.NEGOTIATED)
        throw conflict('NOT_REGISTRABLE', 'a negotiated listing takes offers, not registrations');
      if (!takesIntents(l.mode, l.currentMode)) throw intentsClosed();
      const [{ open }] = await em.query(`select clock_timestamp() < $1::timestamptz as open`, [l.endsAt]);
      if (![TradeStatus.SCHEDULED, TradeStatus.OPEN].includes(l.status) || !open)
        throw conflict('LISTING_CLOSED', 'registration has closed');
      const [{ n }] = await em.query(
        `select count(*)::int + 1 as n from registrations where listing_id = $1`,
        [l.id],
      );
      const paddle = String(n).padStart(3, '0');
      const [row] = await em.query(
        `insert into registrations (listing_id, buyer_id, paddle, deposit_amount) values ($1, $2, $3, $4) returning id`,
        [l.id, org, paddle, l.depositAmount ?? '0'],
      );
      await this.evidence.append(em, l.id, 'REGISTRATION', { paddle, deposit: l.depositAmount });
      return row.id as string;
    });
    return this.must(id);
  }

  /** An operator (of the listing's market, or a root one) confirms that a deposit arrived. */
  async confirmDeposit(user: AuthUser, registrationId: string): Promise<RegistrationEntity> {
    if (!isAnyOperator(user)) throw forbidden('OPERATOR_ONLY', 'Only operators confirm deposits');
    const reg = isUuid(registrationId)
      ? await this.db.getRepository(RegistrationEntity).findOneBy({ id: registrationId })
      : null;
    if (!reg) throw notFound('Registration', registrationId);
    requireOperatorReach(
      user,
      [await this.subjects.ofListing(reg.listingId)],
      'confirm deposits in their markets',
    );
    await this.db.transaction(async (em) => {
      const l = await this.listings.lock(em, reg.listingId);
      if (![TradeStatus.SCHEDULED, TradeStatus.OPEN].includes(l.status))
        throw conflict('LISTING_CLOSED', 'the trade has closed');
      if (!takesIntents(l.mode, l.currentMode)) throw intentsClosed();
      const [rows]: [unknown[], number] = await em.query(
        `update registrations set deposit_status = 'PAID' where id = $1 and deposit_status = 'PENDING' returning id`,
        [reg.id],
      );
      if (!rows.length) throw conflict('DEPOSIT_NOT_PENDING', `the deposit is already ${reg.depositStatus}`);
      await this.evidence.append(em, l.id, 'DEPOSIT', { paddle: reg.paddle, amount: reg.depositAmount });
    });
    await this.notifier.notify(reg.buyerId, {
      kind: 'TRADE_STEP',
      title: '保证金已确认',
      body: `竞买号 ${reg.paddle}`,
      subjectId: reg.listingId,
    });
    return this.must(reg.id);
  }

  /**
   * Registrations oldest first: a root operator sees every one (with `depositStatus: [PENDING]`, the
   * deposits waiting longest to be confirmed come first), a market operator those of its markets' listings
   * (the deposits it may confirm), a member only its own organization's.
   */
  async list(user: AuthUser, args: RegistrationListArgs) {
    const limit = checkPageSize(args.first);
    const cursor = decodeCursor(args.after, ['time', 'uuid']);
    if (args.listingId) await this.listings.mustGet(args.listingId);
    if (!isAnyOperator(user) && !user.organizationId)
      throw forbidden('MEMBERS_ONLY', 'Registrations are made by organizations');
    const viewer = viewerOrganization(user);
    const p: unknown[] = [
      args.listingId ?? null,
      args.depositStatus?.length ? args.depositStatus : null,
      viewer,
      viewer === null ? [] : PUBLIC_STATUSES,
    ];
    const add = (value: unknown) => `$${p.push(value)}`;
    const scopes = viewerScopes(user);
    // a member's own, on the listings it may still see (Registration.listing and its achievement are non-null)
    const whose = scopes
      ? listingInScopes(scopes, 'r.listing_id', add)
      : `($3::text is null or r.buyer_id::text = $3)`;
    const where = `($1::uuid is null or r.listing_id = $1) and ($2::deposit_status[] is null or r.deposit_status = any($2))
      and ${whose}
      and exists (select 1 from trade_listings l where l.id = r.listing_id and ${catalogVisibleSql('ACHIEVEMENT', 'l.achievement_id', '$3', '$4')})`;
    const n0 = p.length;
    const keyset = cursor ? `and (r.created_at, r.id) > ($${n0 + 2}::timestamptz, $${n0 + 3}::uuid)` : '';
    const [rows, [{ n }]] = await Promise.all([
      this.db.query(
        `select r.id, ${cursorTime('r.created_at')} as "keyAt" from registrations r where ${where} ${keyset}
         order by r.created_at, r.id limit $${n0 + 1}`,
        [...p, limit + 1, ...(cursor ?? [])],
      ) as Promise<RowKey[]>,
      this.db.query(`select count(*)::int as n from registrations r where ${where}`, p),
    ]);
    const found = await this.db.getRepository(RegistrationEntity).findBy({ id: In(rows.map((r) => r.id)) });
    return keyedConnection(rows, found, limit, n as number);
  }

  /** The viewer's own registration for a listing, if any. */
  mine(
    loaders: RequestLoaders,
    user: AuthUser | null,
    listingId: string,
  ): Promise<RegistrationEntity | null> {
    const org = user?.organizationId;
    if (!org) return Promise.resolve(null);
    return loaders
      .get<string, RegistrationEntity[]>(`registrationsOf:${org}`, async (ids) =>
        groupByKeys(
          ids,
          await this.db
            .getRepository(RegistrationEntity)
            .find({ where: ids.map((id) => ({ listingId: id, buyerId: org })) }),
          (r) => r.listingId,
        ),
      )
      .load(listingId)
      .then((r) => r[0] ?? null);
  }

  count(loaders: RequestLoaders, listingId: string): Promise<number> {
    return loaders
      .get<string, number>('registrationCount', async (ids) => {
        const rows: Array<{ id: string; n: number }> = await this.db.query(
          `select listing_id as id, count(*)::int as n from registrations where listing_id = any($1::uuid[]) group by 1`,
          [ids],
        );
        const m = new Map(rows.map((r) => [r.id, r.n]));
        return ids.map((id) => m.get(id) ?? 0);
      })
      .load(listingId);
  }

  private async must(id: string): Promise<RegistrationEntity> {
    return (await this.db.getRepository(RegistrationEntity).findOneBy({ id })) as RegistrationEntity;
  }
}

export { DepositStatus };
