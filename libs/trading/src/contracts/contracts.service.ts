import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { dealMade, viewerScopes } from '@techmarket/catalog';
import { requireOperatorReach } from '@techmarket/markets';
import { OrganizationNotifier, OrganizationsService } from '@techmarket/identity';
import {
  type AuthUser,
  badInput,
  byKeys,
  checkPageSize,
  forbidden,
  isAnyOperator,
  isOperator,
  isUuid,
  notFound,
  type RequestLoaders,
} from '@techmarket/shared';
import { ContractEntity } from '../deals/deal.entity.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { ListingsService } from '../listings/listings.service.js';
import { contractInScopes, TradeSubjects } from '../markets/trade-subjects.js';
import { chinaCalendarYear, registerContract, signContract } from '../rules/index.js';
import { refusal } from '../trading-errors.js';
import { canSeeContract, sideOf } from './contract-access.js';
import { checkContractInput, type ContractInputFields } from './contract-input.js';
import { nextContractNumber } from './contract-numbers.js';

const ms = (d: Date | null): number | null => (d ? d.getTime() : null);

/**
 * 技术合同: offline contracts entered by one party, signatures by each side, registration (技术合同登记)
 * by an operator. Every step locks the contract row; a contract of a trade listing's deal first locks
 * the listing (the order the closing step takes) and appends the step to the listing's evidence chain.
 */
@Injectable()
export class ContractsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly listings: ListingsService,
    private readonly evidence: EvidenceService,
    private readonly organizations: OrganizationsService,
    private readonly notifier: OrganizationNotifier,
    private readonly subjects: TradeSubjects,
  ) {}

  /** Null when it does not exist or the viewer is neither a party nor an operator (of its market). */
  async get(user: AuthUser | null, id: string): Promise<ContractEntity | null> {
    const found = isUuid(id) ? await this.db.getRepository(ContractEntity).findOneBy({ id }) : null;
    return found && (await this.canSee(user, found)) ? found : null;
  }

  /** Its parties, root operators, and the operators of the market it is in (`TradeSubjects`). */
  private async canSee(user: AuthUser | null, c: ContractEntity): Promise<boolean> {
    return canSeeContract(user, c) || (await this.subjects.mayOperateContract(user, c));
  }

  /**
   * A deal's contract, batched per request: for its two parties and operators. The schema makes
   * `Deal.contract` non-null, so anyone else is refused there (FORBIDDEN, NOT_A_PARTY), not given null.
   */
  async mustLoad(loaders: RequestLoaders, user: AuthUser | null, id: string): Promise<ContractEntity> {
    const found = await loaders
      .get<string, ContractEntity | null>('contractById', async (ids) =>
        byKeys(ids, await this.db.getRepository(ContractEntity).findBy({ id: In([...ids]) }), (c) => c.id),
      )
      .load(id);
    if (!found) throw notFound('Contract', id);
    if (!(await this.canSee(user, found)))
      throw forbidden('NOT_A_PARTY', 'A contract is for its two parties and operators');
    return found;
  }

  /**
   * The viewer's organization's contracts as seller or buyer, newest first; root operators see all, a
   * market operator those of its markets (the contracts it may register).
   */
  async mine(user: AuthUser, first?: number | null): Promise<ContractEntity[]> {
    const take = checkPageSize(first);
    const order = { createdAt: 'DESC', id: 'DESC' } as const;
    const repo = this.db.getRepository(ContractEntity);
    if (isOperator(user)) return repo.find({ order, take });
    const scopes = viewerScopes(user);
    if (scopes) {
      const p: unknown[] = [];
      const where = contractInScopes(scopes, (v) => `$${p.push(v)}`);
      const rows: Array<{ id: string }> = await this.db.query(
        `select c.id from contracts c where ${where} order by c.created_at desc, c.id desc limit $${p.length + 1}`,
        [...p, take],
      );
      const found = await repo.findBy({ id: In(rows.map((r) => r.id)) });
      return rows.map((r) => found.find((c) => c.id === r.id) as ContractEntity);
    }
    const org = user.organizationId;
    if (!org) return Promise.resolve([]);
    return repo.find({ where: [{ sellerId: org }, { buyerId: org }], order, take });
  }

  /** A deal made offline: entered by the seller or the buyer, as a DRAFT that both then sign. */
  async create(user: AuthUser, input: ContractInputFields): Promise<ContractEntity> {
    const org = user.organizationId;
    if (!org) throw forbidden('MEMBERS_ONLY', 'A contract is entered by one of its parties');
    const fields = checkContractInput(input);
    if (org !== fields.sellerId && org !== fields.buyerId) throw refusal('NOT_A_PARTY');
    await this.organizations.requireVerified(user, 'SIGN');
    const [seller, buyer] = await Promise.all([
      this.organizations.get(fields.sellerId),
      this.organizations.get(fields.buyerId),
    ]);
    if (!seller) throw badInput('ORGANIZATION_NOT_FOUND', 'no such seller', { field: 'sellerId' });
    if (!buyer) throw badInput('ORGANIZATION_NOT_FOUND', 'no such buyer', { field: 'buyerId' });
    if (fields.achievementId) {
      const [a] = await this.db.query(`select owner_id as "ownerId" from achievements where id = $1`, [
        fields.achievementId,
      ]);
      if (!a) throw badInput('ACHIEVEMENT_NOT_FOUND', 'no such achievement', { field: 'achievementId' });
      if (a.ownerId !== seller.id)
        throw badInput('ACHIEVEMENT_NOT_OF_SELLER', 'the achievement is not the seller’s', {
          field: 'achievementId',
        });
    }
    const repo = this.db.getRepository(ContractEntity);
    const saved = await this.db.transaction(async (em) => {
      const contract = await em.save(ContractEntity, em.create(ContractEntity, { ...fields }));
      await dealMade(em, contract);
      return contract;
    });
    await this.notifier.notify(org === seller.id ? buyer.id : seller.id, {
      kind: 'CONTRACT_STEP',
      title: `技术合同待签署：${saved.title}`,
      body: `合同额 ${saved.amount} 元`,
      subjectId: saved.id,
    });
    return (await repo.findOneBy({ id: saved.id })) as ContractEntity;
  }

  /** One side signs; once both have, the contract is SIGNED. The other side is told. */
  async sign(user: AuthUser, id: string): Promise<ContractEntity> {
    const visible = await this.get(user, id);
    if (!visible) throw notFound('Contract', id);
    if (!isOperator(user)) await this.organizations.requireVerified(user, 'SIGN');
    const org = user.organizationId ?? '';
    const step = await this.locked(id, async (em, c, listingId) => {
      const [{ now }] = await em.query(`select clock_timestamp() as now`);
      const r = signContract(
        {
          status: c.status,
          sellerOrgId: c.sellerId,
          buyerOrgId: c.buyerId,
          sellerSignedAtMs: ms(c.sellerSignedAt),
          buyerSignedAtMs: ms(c.buyerSignedAt),
        },
        org,
        new Date(now).getTime(),
      );
      if (!r.ok) throw refusal(r.reason);
      const sellerSignedAt = r.sellerSignedAtMs === null ? null : new Date(r.sellerSignedAtMs);
      const buyerSignedAt = r.buyerSignedAtMs === null ? null : new Date(r.buyerSignedAtMs);
      await em.query(
        `update contracts set status = $2, seller_signed_at = $3, buyer_signed_at = $4, updated_at = now() where id = $1`,
        [c.id, r.status, sellerSignedAt, buyerSignedAt],
      );
      const side = sideOf(org, c);
      if (listingId)
        await this.evidence.append(em, listingId, 'SIGNATURE', {
          contractId: c.id,
          side,
          organizationId: org,
          status: r.status,
        });
      return { c, side, status: r.status };
    });
    const other = step.side === 'SELLER' ? step.c.buyerId : step.side === 'BUYER' ? step.c.sellerId : null;
    if (other)
      await this.notifier.notify(other, {
        kind: 'CONTRACT_STEP',
        title:
          step.status === 'SIGNED' ? `技术合同已签署：${step.c.title}` : `对方已签署合同：${step.c.title}`,
        body: step.status === 'SIGNED' ? '双方均已签署，待登记。' : '请签署合同。',
        subjectId: step.c.id,
      });
    return this.must(id);
  }

  /**
   * 技术合同登记: an operator (of the contract's market, or a root one) registers a SIGNED contract and it
   * gets its registration number.
   */
  async register(user: AuthUser, id: string): Promise<ContractEntity> {
    if (!isAnyOperator(user)) throw forbidden('OPERATOR_ONLY', 'Only operators register contracts');
    const stored = isUuid(id) ? await this.db.getRepository(ContractEntity).findOneBy({ id }) : null;
    if (!stored) throw notFound('Contract', id);
    requireOperatorReach(
      user,
      [await this.subjects.ofContract(stored)],
      'register contracts in their markets',
    );
    const c = await this.locked(id, async (em, c, listingId) => {
      const r = registerContract({ status: c.status });
      if (!r.ok) throw refusal(r.reason);
      const [{ now }] = await em.query(`select clock_timestamp() as now`);
      const [seller] = await em.query(`select region_code as "regionCode" from organizations where id = $1`, [
        c.sellerId,
      ]);
      const at = new Date(now);
      const registrationNumber = await nextContractNumber(
        em,
        chinaCalendarYear(at.getTime()),
        seller.regionCode,
      );
      await em.query(
        `update contracts set status = 'REGISTERED', registration_number = $2, registered_at = $3, updated_at = now() where id = $1`,
        [c.id, registrationNumber, at],
      );
      if (listingId)
        await this.evidence.append(em, listingId, 'CONTRACT_REGISTRATION', {
          contractId: c.id,
          registrationNumber,
        });
      return c;
    });
    const registered = await this.must(id);
    for (const party of new Set([c.sellerId, c.buyerId]))
      await this.notifier.notify(party, {
        kind: 'CONTRACT_STEP',
        title: `技术合同已登记：${c.title}`,
        body: `登记号 ${registered.registrationNumber}`,
        subjectId: c.id,
      });
    return registered;
  }

  /** Runs a step with the contract row locked (and its listing's first, when it came from a trade). */
  private locked<T>(
    id: string,
    step: (em: EntityManager, c: ContractEntity, listingId: string | null) => Promise<T>,
  ): Promise<T> {
    if (!isUuid(id)) throw notFound('Contract', id);
    return this.db.transaction(async (em) => {
      const [deal] = await em.query(`select listing_id as "listingId" from deals where contract_id = $1`, [
        id,
      ]);
      const listingId: string | null = deal?.listingId ?? null;
      if (listingId) await this.listings.lock(em, listingId);
      const c = await em
        .getRepository(ContractEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!c) throw notFound('Contract', id);
      return step(em, c, listingId);
    });
  }

  private async must(id: string): Promise<ContractEntity> {
    return (await this.db.getRepository(ContractEntity).findOneBy({ id })) as ContractEntity;
  }
}
