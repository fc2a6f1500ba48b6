import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import {
  type ExpertEntity,
  ExpertsService,
  dealMade,
  moveMarketStatus,
  NeedsService,
  NeedStatus,
} from '@techmarket/catalog';
import { OrganizationNotifier, OrganizationsService } from '@techmarket/identity';
import {
  type AuthUser,
  badInput,
  byKeys,
  forbidden,
  groupByKeys,
  isUuid,
  notFound,
  type RequestLoaders,
} from '@techmarket/shared';
import {
  canAward,
  canSubmitProposal,
  canSeeProposal,
  challengeError,
  type ChallengeState,
  proposalScope,
} from './challenge-rules.js';
import { checkProposalInput, type ProposalInputFields } from './proposal-input.js';
import { ProposalEntity, ProposalStatus } from './proposal.entity.js';

/**
 * 揭榜挂帅: solvers' proposals to a need's challenge and the owner's award, which solves the need and
 * makes a development contract. Submissions take the need row FOR SHARE and the award FOR UPDATE, so
 * an award never misses a proposal submitted at the same moment; the database holds one proposal
 * per solver and one AWARDED per need.
 */
@Injectable()
export class ChallengesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly needs: NeedsService,
    private readonly experts: ExpertsService,
    private readonly notifier: OrganizationNotifier,
    private readonly organizations: OrganizationsService,
  ) {}

  async submit(user: AuthUser, needId: string, input: ProposalInputFields): Promise<ProposalEntity> {
    const solverId = user.organizationId;
    if (!solverId) throw forbidden('MEMBERS_ONLY', 'Proposals are made for an organization');
    await this.organizations.requireVerified(user, 'PROPOSE');
    const p = checkProposalInput(input);
    const need = await this.needs.get(user, needId);
    if (!need) throw notFound('Need', needId);
    await this.checkExperts(p.expertIds);
    const id = await this.db.transaction(async (em) => {
      const { state, now } = await this.challengeState(em, need.id, 'share');
      const decision = canSubmitProposal(state, solverId, now.getTime());
      if (!decision.ok) throw challengeError(decision.reason);
      const [row] = await em.query(
        `insert into proposals (need_id, solver_id, summary, price, duration_days) values ($1, $2, $3, $4, $5)
         on conflict (need_id, solver_id) do nothing returning id`,
        [need.id, solverId, p.summary, p.price, p.durationDays],
      );
      if (!row) throw challengeError('ALREADY_SUBMITTED');
      if (p.expertIds.length)
        await em.query(
          `insert into proposal_experts (proposal_id, expert_id, position)
           select $1, e, (i - 1)::int from unnest($2::uuid[]) with ordinality as t(e, i)`,
          [row.id, p.expertIds],
        );
      return row.id as string;
    });
    return this.must(id);
  }

  async award(user: AuthUser, needId: string, proposalId: string): Promise<ProposalEntity> {
    const need = await this.needs.get(user, needId);
    if (!need) throw notFound('Need', needId);
    const outcome = await this.db.transaction(async (em) => {
      const { state, title } = await this.challengeState(em, need.id, 'update');
      const decision = canAward(state, user.organizationId);
      if (!decision.ok) throw challengeError(decision.reason);
      const [winner] = isUuid(proposalId)
        ? await em.query(
            `select id, solver_id as "solverId", price from proposals where id = $1 and need_id = $2`,
            [proposalId, need.id],
          )
        : [];
      if (!winner) throw notFound('Proposal', proposalId);
      const [contract] = await em.query(
        `insert into contracts (title, kind, amount, seller_id, buyer_id) values ($1, 'DEVELOPMENT', $2, $3, $4) returning id`,
        [`${title}（技术开发合同）`.slice(0, 200), winner.price, winner.solverId, state.ownerId],
      );
      await em.query(
        `update proposals set status = (case when id = $2 then 'AWARDED' else 'NOT_AWARDED' end)::proposal_status,
           contract_id = case when id = $2 then $3::uuid end, updated_at = now() where need_id = $1`,
        [need.id, winner.id, contract.id],
      );
      await moveMarketStatus(em, 'NEED', need.id, [state.status as NeedStatus], NeedStatus.SOLVED);
      await dealMade(em, { sellerId: winner.solverId, buyerId: state.ownerId, needId: need.id });
      const all: Array<{ id: string; solverId: string; status: ProposalStatus }> = await em.query(
        `select id, solver_id as "solverId", status from proposals where need_id = $1`,
        [need.id],
      );
      return { title, all };
    });
    for (const p of outcome.all)
      await this.notifier.notify(p.solverId, {
        kind: 'PROPOSAL_RESULT',
        title:
          p.status === ProposalStatus.AWARDED ? `揭榜成功：${outcome.title}` : `未中标：${outcome.title}`,
        body:
          p.status === ProposalStatus.AWARDED
            ? '您的方案已中标，技术开发合同已生成，请签署。'
            : '感谢参与，本次挑战已由其他方案中标。',
        subjectId: p.id,
      });
    return this.must(proposalId);
  }

  /** The owner and operators see every proposal, a solver its own, anyone else none. */
  async proposalsOf(
    loaders: RequestLoaders,
    user: AuthUser | null,
    needId: string,
  ): Promise<ProposalEntity[]> {
    const need = await this.needs.load(loaders, user, needId);
    if (!need) return [];
    const scope = proposalScope(user, need.ownerId);
    if (scope === 'NONE') return [];
    return this.db.getRepository(ProposalEntity).find({
      where: scope === 'ALL' ? { needId } : { needId, solverId: user?.organizationId as string },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  countOf(loaders: RequestLoaders, needId: string): Promise<number> {
    return loaders
      .get<string, number>('proposalCountByNeed', async (ids) => {
        const rows: Array<{ needId: string; n: number }> = await this.db.query(
          `select need_id as "needId", count(*)::int as n from proposals where need_id = any($1::uuid[]) group by need_id`,
          [ids],
        );
        return byKeys(ids, rows, (r) => r.needId).map((r) => r?.n ?? 0);
      })
      .load(needId);
  }

  /** The awarded proposal, for those who may see it (`canSeeProposal`); null for anyone else. */
  async awardedOf(
    loaders: RequestLoaders,
    user: AuthUser | null,
    needId: string,
  ): Promise<ProposalEntity | null> {
    const need = await this.needs.load(loaders, user, needId);
    if (!need) return null;
    const awarded = await loaders
      .get<string, ProposalEntity | null>('awardedProposalByNeed', async (ids) =>
        byKeys(
          ids,
          await this.db
            .getRepository(ProposalEntity)
            .findBy({ needId: In([...ids]), status: ProposalStatus.AWARDED }),
          (p) => p.needId,
        ),
      )
      .load(needId);
    return awarded && canSeeProposal(user, need.ownerId, awarded.solverId) ? awarded : null;
  }

  async expertsOf(loaders: RequestLoaders, proposalId: string): Promise<ExpertEntity[]> {
    const ids = await loaders
      .get<string, Array<{ proposalId: string; expertId: string }>>('expertIdsByProposal', async (keys) =>
        groupByKeys(
          keys,
          await this.db.query(
            `select proposal_id as "proposalId", expert_id as "expertId" from proposal_experts
              where proposal_id = any($1::uuid[]) order by proposal_id, position`,
            [keys],
          ),
          (r: { proposalId: string }) => r.proposalId,
        ),
      )
      .load(proposalId);
    const experts = await Promise.all(ids.map((r) => this.experts.load(loaders, r.expertId)));
    return experts.filter((e): e is ExpertEntity => e !== null);
  }

  private async checkExperts(ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    const found: Array<{ id: string }> = await this.db.query(
      `select id from experts where id = any($1::uuid[])`,
      [ids],
    );
    const known = new Set(found.map((r) => r.id));
    const missing = ids.find((id) => !known.has(id));
    if (missing)
      throw badInput('EXPERT_NOT_FOUND', `expertIds: no expert ${missing}`, { field: 'expertIds' });
  }

  /** The need's row locked (FOR SHARE to submit, FOR UPDATE to award), read with the database clock. */
  private async challengeState(
    em: EntityManager,
    needId: string,
    lock: 'share' | 'update',
  ): Promise<{ state: ChallengeState; title: string; now: Date }> {
    const [n] = await em.query(
      `select title, status, owner_id as "ownerId", challenge_deadline as "deadline", clock_timestamp() as now
         from needs where id = $1 for ${lock === 'share' ? 'share' : 'update'}`,
      [needId],
    );
    if (!n) throw notFound('Need', needId);
    const [{ awarded }] = await em.query(
      `select exists (select 1 from proposals where need_id = $1 and status = 'AWARDED') as awarded`,
      [needId],
    );
    return {
      title: n.title,
      now: new Date(n.now),
      state: {
        status: n.status,
        ownerId: n.ownerId,
        submissionDeadlineMs: n.deadline ? new Date(n.deadline).getTime() : null,
        awarded,
      },
    };
  }

  private async must(id: string): Promise<ProposalEntity> {
    return (await this.db.getRepository(ProposalEntity).findOneBy({ id })) as ProposalEntity;
  }
}
