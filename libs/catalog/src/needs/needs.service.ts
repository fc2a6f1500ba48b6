import { Injectable } from '@nestjs/common';
import { OrganizationNotifier, OrganizationsService } from '@techmarket/identity';
import {
  type AuthUser,
  badInput,
  byKeys,
  checkPageSize,
  checkRegionCode,
  forbidden,
  isOperator,
  isUuid,
  notFound,
  parseMoney,
  queryTokens,
  regionPrefix,
  type RequestLoaders,
} from '@techmarket/shared';
import { NeedStatus } from '../common/catalog.enums.js';
import { reviewNote, statusRaced } from '../common/lifecycle.js';
import { MarketNarrowing, regionDigitsOf } from '../common/market-narrowing.js';
import { viewerOrganization, viewerScopes, visibleOrNull } from '../common/visibility.js';
import { checkFieldPrefix } from '../fields/fields.service.js';
import type { NeedFilter, NeedInput } from './dto/need.input.js';
import { requireOperatorReach } from '@techmarket/markets';
import { assertNeedOwner, canSeeNeed, nextNeedStatus, PUBLIC_NEED_STATUSES } from './need-lifecycle.js';
import type { NeedEntity } from './need.entity.js';
import { NeedInputChecker } from './need-input.js';
import { NeedsRepository } from './needs.repository.js';

export interface NeedListArgs {
  query?: string | null;
  filter?: NeedFilter | null;
  first?: number | null;
  after?: string | null;
  /** a market's code */
  market?: string | null;
}

@Injectable()
export class NeedsService {
  constructor(
    private readonly needs: NeedsRepository,
    private readonly checker: NeedInputChecker,
    private readonly organizations: OrganizationsService,
    private readonly notifier: OrganizationNotifier,
    private readonly markets: MarketNarrowing,
  ) {}

  /** Null when it does not exist or the viewer may not see it: a draft's existence is not disclosed. */
  async get(user: AuthUser | null, id: string): Promise<NeedEntity | null> {
    const found = isUuid(id) ? await this.needs.findById(id) : null;
    return found && canSeeNeed(user, found) ? found : null;
  }

  async create(user: AuthUser, input: NeedInput): Promise<NeedEntity> {
    if (!user.organizationId)
      throw forbidden('MEMBERS_ONLY', 'Needs are posted by an organization’s members');
    const owner = await this.organizations.get(user.organizationId);
    if (!owner) throw notFound('Organization', user.organizationId);
    const fields = await this.checker.check(input, owner.regionCode);
    return (await this.needs.save(null, {
      ...fields,
      ownerId: owner.id,
      status: NeedStatus.DRAFT,
    })) as NeedEntity;
  }

  async update(user: AuthUser, id: string, input: NeedInput): Promise<NeedEntity> {
    const current = await this.mustSee(user, id);
    assertNeedOwner(user, current, 'UPDATE');
    const status = nextNeedStatus('UPDATE', current.status);
    const fields = await this.checker.check(input, current.regionCode);
    const saved = await this.needs.save(
      { id, from: current.status },
      { ...fields, ownerId: current.ownerId, status },
    );
    if (!saved) throw statusRaced('need', id);
    return saved;
  }

  submit(user: AuthUser, id: string): Promise<NeedEntity> {
    return this.step(user, id, 'SUBMIT');
  }

  close(user: AuthUser, id: string): Promise<NeedEntity> {
    return this.step(user, id, 'CLOSE');
  }

  /** An operator opens or rejects a pending need; a rejection says why. The owner is told. */
  async review(user: AuthUser, id: string, approve: boolean, comment?: string | null): Promise<NeedEntity> {
    const note = reviewNote(user, approve, comment);
    const current = isUuid(id) ? await this.needs.findById(id) : null;
    if (!current) throw notFound('Need', id);
    requireOperatorReach(user, [current], 'review what is in their markets');
    const reviewed = await this.needs.transition(
      id,
      current.status,
      nextNeedStatus(approve ? 'APPROVE' : 'REJECT', current.status),
      note,
    );
    if (!reviewed) throw statusRaced('need', id);
    await this.notifier.notify(reviewed.ownerId, {
      kind: 'REVIEW_RESULT',
      title: approve ? `需求已发布：${reviewed.title}` : `需求未通过审核：${reviewed.title}`,
      body: note ?? (approve ? 'Your need is open.' : ''),
      subjectId: id,
    });
    return reviewed;
  }

  async list(user: AuthUser | null, args: NeedListArgs) {
    const first = checkPageSize(args.first);
    const filter = args.filter ?? {};
    const region = filter.regionCode ? checkRegionCode(filter.regionCode, 'filter.regionCode') : null;
    if (filter.ownerId && !isUuid(filter.ownerId))
      throw badInput('INVALID_ID', 'filter.ownerId is not an id', { field: 'filter.ownerId' });
    const fieldPrefix = checkFieldPrefix(filter.fieldCode);
    const narrowed = await this.markets.narrow(args.market, region ? regionPrefix(region) : null);
    return this.needs.search(
      {
        tokens: queryTokens(args.query),
        statuses: filter.status?.length ? filter.status : [NeedStatus.OPEN],
        publicStatuses: PUBLIC_NEED_STATUSES,
        viewer: viewerOrganization(user),
        viewerScopes: viewerScopes(user),
        fieldPrefix,
        ...narrowed,
        cooperationModes: filter.cooperationModes,
        budgetAtLeast: filter.budgetAtLeast ? parseMoney(filter.budgetAtLeast, 'filter.budgetAtLeast') : null,
        challengesOnly: !!filter.challengesOnly,
        ownerId: filter.ownerId ?? null,
      },
      first,
      args.after,
      regionDigitsOf(narrowed),
    );
  }

  /** One need by id, batched per request; null when it does not exist or the viewer may not see it. */
  async load(loaders: RequestLoaders, viewer: AuthUser | null, id: string): Promise<NeedEntity | null> {
    const found = await loaders
      .get<string, NeedEntity | null>('needById', async (ids) =>
        byKeys(ids, await this.needs.findByIds(ids), (n) => n.id),
      )
      .load(id);
    return visibleOrNull(viewer, 'NEED', found);
  }

  /** As `load`, for a field the schema makes non-null: a need the viewer may not see is NOT_FOUND there. */
  async mustLoad(loaders: RequestLoaders, viewer: AuthUser | null, id: string): Promise<NeedEntity> {
    const found = await this.load(loaders, viewer, id);
    if (!found) throw notFound('Need', id);
    return found;
  }

  private async step(user: AuthUser, id: string, action: 'SUBMIT' | 'CLOSE'): Promise<NeedEntity> {
    const current = await this.mustSee(user, id);
    assertNeedOwner(user, current, action);
    if (action === 'SUBMIT') await this.organizations.requireVerified(user, 'LIST');
    const moved = await this.needs.transition(id, current.status, nextNeedStatus(action, current.status));
    if (!moved) throw statusRaced('need', id);
    return moved;
  }

  private async mustSee(user: AuthUser, id: string): Promise<NeedEntity> {
    const found = await this.get(user, id);
    if (!found) throw notFound('Need', id);
    return found;
  }
}
