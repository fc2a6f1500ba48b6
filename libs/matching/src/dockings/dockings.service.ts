import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AchievementsService, ExpertsService, NeedsService, viewerScopes } from '@techmarket/catalog';
import { mayOperate, requireOperatorReach } from '@techmarket/markets';
import {
  OrganizationKind,
  OrganizationNotifier,
  OrganizationsService,
  UsersRepository,
} from '@techmarket/identity';
import {
  type AuthUser,
  badInput,
  checkPageSize,
  conflict,
  forbidden,
  isAnyOperator,
  isOperator,
  isUuid,
  notFound,
} from '@techmarket/shared';
import { MatchStatus } from '../matches/match.enums.js';
import { MatchesService } from '../matches/matches.service.js';
import { DockingEntity, DockingStatus } from './docking.entity.js';
import type { DockingInput } from './docking.model.js';
import { checkAnswer, checkClose, dockingTarget } from './docking-rules.js';
import { dockingInScopes, dockingSubjects } from './docking-subjects.js';

const text = (value: string | null | undefined, field: string, required: boolean): string | null => {
  const t = value?.trim() ?? '';
  if (!t && required) throw badInput('MESSAGE_REQUIRED', `${field} is required`, { field });
  if ([...t].length > 2000)
    throw badInput('MESSAGE_TOO_LONG', `${field} must be at most 2000 characters`, { field });
  return t || null;
};
const id = (value: string | null | undefined, field: string): string | null => {
  if (!value) return null;
  if (!isUuid(value)) throw badInput('INVALID_ID', `${field} is not an id`, { field });
  return value;
};

@Injectable()
export class DockingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly matches: MatchesService,
    private readonly achievements: AchievementsService,
    private readonly experts: ExpertsService,
    private readonly needs: NeedsService,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersRepository,
    private readonly notifier: OrganizationNotifier,
  ) {}

  async request(user: AuthUser, input: DockingInput): Promise<DockingEntity> {
    if (!user.organizationId)
      throw forbidden('MEMBERS_ONLY', 'Dockings are asked for by an organization’s members');
    const message = text(input.message, 'message', true) as string;
    const [matchId, achievementId, expertId, needId] = [
      id(input.matchId, 'matchId'),
      id(input.achievementId, 'achievementId'),
      id(input.expertId, 'expertId'),
      id(input.needId, 'needId'),
    ];
    const match = matchId ? await this.matches.get(user, matchId) : null;
    if (matchId && !match) throw notFound('Match', matchId);
    const achievement =
      (achievementId ?? match?.achievementId)
        ? await this.achievements.get(user, (achievementId ?? match?.achievementId) as string)
        : null;
    const expert =
      (expertId ?? match?.expertId) ? await this.experts.get((expertId ?? match?.expertId) as string) : null;
    const need =
      (needId ?? match?.needId) ? await this.needs.get(user, (needId ?? match?.needId) as string) : null;
    if (achievementId && !achievement) throw notFound('Achievement', achievementId);
    if (expertId && !expert) throw notFound('Expert', expertId);
    if (needId && !need) throw notFound('Need', needId);
    const targetId = dockingTarget({
      requesterOrgId: user.organizationId,
      match:
        match && need
          ? {
              needOwnerId: need.ownerId,
              achievementOwnerId: achievement?.ownerId ?? null,
              expertOrgId: expert?.organizationId ?? null,
            }
          : null,
      achievement: match ? null : achievement,
      expert: match ? null : expert,
      need: match ? null : need,
    });
    const docking = await this.db.transaction(async (em) => {
      const saved = await em.save(
        DockingEntity,
        em.create(DockingEntity, {
          requesterId: user.organizationId as string,
          targetId,
          message,
          createdById: user.id,
          matchId: match?.id ?? null,
          achievementId: achievement?.id ?? null,
          expertId: expert?.id ?? null,
          needId: need?.id ?? null,
        }),
      );
      if (match)
        await em.query(
          `update matches set status = 'DOCKING', dismiss_reason = null, updated_at = now() where id = $1`,
          [match.id],
        );
      return saved;
    });
    const requester = await this.organizations.get(user.organizationId);
    await this.notifier.notify(targetId, {
      kind: 'DOCKING_REQUESTED',
      title: `对接请求：${requester?.name ?? ''}`,
      body: message,
      subjectId: docking.id,
    });
    return docking;
  }

  async respond(
    user: AuthUser,
    dockingId: string,
    accept: boolean,
    reply?: string | null,
  ): Promise<DockingEntity> {
    const docking = await this.get(user, dockingId);
    if (!docking) throw notFound('Docking', dockingId);
    checkAnswer(docking, user.organizationId);
    const status = accept ? DockingStatus.ACCEPTED : DockingStatus.DECLINED;
    const [rows]: [DockingEntity[], number] = await this.db.query(
      `update dockings set status = $2::docking_status, reply = $3, answered_at = now(), updated_at = now()
       where id = $1 and status = 'REQUESTED' returning id`,
      [docking.id, status, text(reply, 'reply', false)],
    );
    if (!rows.length)
      throw conflict('ALREADY_ANSWERED', 'the docking was answered meanwhile', { id: docking.id });
    await this.notifier.notify(docking.requesterId, {
      kind: 'DOCKING_ANSWERED',
      title: accept ? '对接请求已接受' : '对接请求已婉拒',
      body: reply?.trim() ?? '',
      subjectId: docking.id,
    });
    return (await this.db.getRepository(DockingEntity).findOneBy({ id: docking.id })) as DockingEntity;
  }

  /** Either party closes a live docking; the other is told. */
  async close(user: AuthUser, dockingId: string): Promise<DockingEntity> {
    const docking = await this.get(user, dockingId);
    if (!docking) throw notFound('Docking', dockingId);
    checkClose(docking, user.organizationId);
    const [rows]: [DockingEntity[], number] = await this.db.query(
      `update dockings set status = 'CLOSED', updated_at = now()
       where id = $1 and status in ('REQUESTED', 'ACCEPTED') returning id`,
      [docking.id],
    );
    if (!rows.length) throw conflict('DOCKING_ENDED', 'the docking ended meanwhile', { id: docking.id });
    const other = docking.requesterId === user.organizationId ? docking.targetId : docking.requesterId;
    await this.notifier.notify(other, {
      kind: 'DOCKING_ANSWERED',
      title: '对接已结束',
      body: '',
      subjectId: docking.id,
    });
    return (await this.db.getRepository(DockingEntity).findOneBy({ id: docking.id })) as DockingEntity;
  }

  /** Operators (of a market the docking is in, or root ones) put a broker on a docking. */
  async assignBroker(user: AuthUser, dockingId: string, brokerUserId: string): Promise<DockingEntity> {
    if (!isAnyOperator(user)) throw forbidden('OPERATOR_ONLY', 'Only operators assign brokers');
    const docking = isUuid(dockingId)
      ? await this.db.getRepository(DockingEntity).findOneBy({ id: dockingId })
      : null;
    if (!docking) throw notFound('Docking', dockingId);
    requireOperatorReach(user, await dockingSubjects(this.db, docking), 'assign brokers in their markets');
    const broker = isUuid(brokerUserId) ? await this.users.findById(brokerUserId) : null;
    const org = broker?.organizationId ? await this.organizations.get(broker.organizationId) : null;
    if (!broker) throw badInput('BROKER_NOT_FOUND', 'no such user', { field: 'brokerUserId' });
    if (org?.kind !== OrganizationKind.TRANSFER_INSTITUTION)
      throw badInput('NOT_A_BROKER', 'a broker is a member of a technology transfer institution', {
        field: 'brokerUserId',
      });
    await this.db.getRepository(DockingEntity).update({ id: docking.id }, { brokerUserId: broker.id });
    return (await this.db.getRepository(DockingEntity).findOneBy({ id: docking.id })) as DockingEntity;
  }

  /**
   * Dockings the user's organization asked for or was asked, those it brokers; root operators see all, a
   * market operator those in its markets (to which it may assign brokers).
   */
  mine(user: AuthUser, first?: number | null): Promise<DockingEntity[]> {
    const limit = checkPageSize(first);
    if (isOperator(user))
      return this.db
        .getRepository(DockingEntity)
        .find({ order: { createdAt: 'DESC', id: 'DESC' }, take: limit });
    const scopes = viewerScopes(user);
    const p: unknown[] = [];
    const add = (v: unknown) => `$${p.push(v)}`;
    const whose = scopes
      ? dockingInScopes(scopes, add)
      : `d.requester_id = ${add(user.organizationId)} or d.target_id = $1 or d.broker_user_id = ${add(user.id)}`;
    return this.db
      .query(
        `select d.id from dockings d where ${whose} order by d.created_at desc, d.id desc limit ${add(limit)}`,
        p,
      )
      .then(async (rows: Array<{ id: string }>) => {
        const found = await this.db.getRepository(DockingEntity).findBy(rows.map((r) => ({ id: r.id })));
        const byId = new Map(found.map((d) => [d.id, d]));
        return rows.map((r) => byId.get(r.id) as DockingEntity);
      });
  }

  private async get(user: AuthUser, dockingId: string): Promise<DockingEntity | null> {
    const docking = isUuid(dockingId)
      ? await this.db.getRepository(DockingEntity).findOneBy({ id: dockingId })
      : null;
    if (!docking) return null;
    const party =
      [docking.requesterId, docking.targetId].includes(user.organizationId ?? '') ||
      docking.brokerUserId === user.id;
    if (party || isOperator(user)) return docking;
    return user.role === 'MARKET_OPERATOR' && mayOperate(user, await dockingSubjects(this.db, docking))
      ? docking
      : null;
  }
}
