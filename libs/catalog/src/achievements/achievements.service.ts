import { Injectable } from '@nestjs/common';
import { OrganizationNotifier, OrganizationsService } from '@techmarket/identity';
import {
  type AuthUser,
  badInput,
  byKeys,
  checkPageSize,
  checkRegionCode,
  conflict,
  forbidden,
  groupByKeys,
  isOperator,
  isUuid,
  notFound,
  parseMoney,
  queryTokens,
  regionPrefix,
  type RequestLoaders,
} from '@techmarket/shared';
import { AchievementStatus } from '../common/catalog.enums.js';
import { reviewNote, statusRaced } from '../common/lifecycle.js';
import { checkKeywords, checkText, LIMITS } from '../common/listing-text.js';
import { MarketNarrowing, regionDigitsOf } from '../common/market-narrowing.js';
import { viewerOrganization, viewerScopes, visibleOrNull } from '../common/visibility.js';
import { ExpertsService } from '../experts/experts.service.js';
import { checkFieldPrefix, FieldsService } from '../fields/fields.service.js';
import { checkPatentNumber } from '../patents/patent-number.js';
import { requireOperatorReach } from '@techmarket/markets';
import { assertOwner, canSee, nextStatus, PUBLIC_STATUSES } from './achievement-lifecycle.js';
import type { AchievementEntity, PatentEntity } from './achievement.entity.js';
import { type AchievementQuery, AchievementsRepository } from './achievements.repository.js';
import type { AchievementFilter, AchievementInput } from './dto/achievement.input.js';

export interface AchievementListArgs {
  query?: string | null;
  filter?: AchievementFilter | null;
  first?: number | null;
  after?: string | null;
  /** a market's code */
  market?: string | null;
}

const MAX_PATENTS = 50;

/** A patent's title, trimmed, of at most 200 characters (its column's length). */
const checkPatentTitle = (title: string | null | undefined, i: number): string | null => {
  const text = title?.trim() || null;
  if (text && [...text].length > LIMITS.title)
    throw badInput(
      'PATENT_TITLE_TOO_LONG',
      `patents[${i}].title must be at most ${LIMITS.title} characters`,
      {
        field: `patents.${i}.title`,
        max: LIMITS.title,
      },
    );
  return text;
};

const checkId = (id: string, field: string): string => {
  if (!isUuid(id)) throw badInput('INVALID_ID', `${field} is not an id`, { field });
  return id;
};

@Injectable()
export class AchievementsService {
  constructor(
    private readonly achievements: AchievementsRepository,
    private readonly fields: FieldsService,
    private readonly organizations: OrganizationsService,
    private readonly notifier: OrganizationNotifier,
    private readonly experts: ExpertsService,
    private readonly markets: MarketNarrowing,
  ) {}

  /** Null when it does not exist or the viewer may not see it: a draft's existence is not disclosed. */
  async get(user: AuthUser | null, id: string): Promise<AchievementEntity | null> {
    const found = isUuid(id) ? await this.achievements.findById(id) : null;
    return found && canSee(user, found) ? found : null;
  }

  async create(user: AuthUser, input: AchievementInput): Promise<AchievementEntity> {
    if (!user.organizationId)
      throw forbidden('MEMBERS_ONLY', 'Achievements are listed by an organization’s members');
    const owner = await this.organizations.get(user.organizationId);
    if (!owner) throw notFound('Organization', user.organizationId);
    const { fields, patents } = await this.validate(input, owner.regionCode);
    const team = await this.experts.checkTeam(input.teamExpertIds, owner.id);
    return (await this.achievements.save(
      null,
      { ...fields, ownerId: owner.id, status: AchievementStatus.DRAFT },
      patents,
      team,
    )) as AchievementEntity;
  }

  async update(user: AuthUser, id: string, input: AchievementInput): Promise<AchievementEntity> {
    const current = await this.mustSee(user, id);
    assertOwner(user, current, 'UPDATE');
    const status = nextStatus('UPDATE', current.status);
    const { fields, patents } = await this.validate(input, current.regionCode);
    const team = await this.experts.checkTeam(input.teamExpertIds, current.ownerId);
    const saved = await this.achievements.save(
      { id, from: current.status },
      { ...fields, ownerId: current.ownerId, status },
      patents,
      team,
    );
    if (!saved) throw this.raced(id);
    return saved;
  }

  submit(user: AuthUser, id: string): Promise<AchievementEntity> {
    return this.step(user, id, 'SUBMIT');
  }

  withdraw(user: AuthUser, id: string): Promise<AchievementEntity> {
    return this.step(user, id, 'WITHDRAW');
  }

  /** An operator lists or rejects a pending achievement; a rejection says why. The owner is told. */
  async review(
    user: AuthUser,
    id: string,
    approve: boolean,
    comment?: string | null,
  ): Promise<AchievementEntity> {
    const note = reviewNote(user, approve, comment);
    const current = isUuid(id) ? await this.achievements.findById(id) : null;
    if (!current) throw notFound('Achievement', id);
    requireOperatorReach(user, [current], 'review what is in their markets');
    const to = nextStatus(approve ? 'APPROVE' : 'REJECT', current.status);
    const reviewed = await this.achievements.transition(id, current.status, to, note);
    if (!reviewed) throw this.raced(id);
    await this.notifier.notify(reviewed.ownerId, {
      kind: 'REVIEW_RESULT',
      title: approve ? `成果已上架：${reviewed.title}` : `成果未通过审核：${reviewed.title}`,
      body: note ?? (approve ? 'Your achievement is listed.' : ''),
      subjectId: id,
    });
    return reviewed;
  }

  async list(
    user: AuthUser | null,
    args: AchievementListArgs,
    wanted: { facets: boolean } = { facets: true },
  ) {
    const limit = checkPageSize(args.first);
    const filter = args.filter ?? {};
    const region = filter.regionCode ? checkRegionCode(filter.regionCode, 'filter.regionCode') : null;
    const tokens = queryTokens(args.query);
    const fieldPrefix = checkFieldPrefix(filter.fieldCode);
    const narrowed = await this.markets.narrow(args.market, region ? regionPrefix(region) : null);
    const q: AchievementQuery = {
      tokens,
      statuses: filter.status?.length ? filter.status : [...PUBLIC_STATUSES],
      viewerOrganizationId: viewerOrganization(user),
      viewerScopes: viewerScopes(user),
      publicStatuses: PUBLIC_STATUSES,
      fieldPrefix,
      ...narrowed,
      maturity: filter.maturity,
      transferModes: filter.transferModes,
      priceMax: filter.priceMax ? parseMoney(filter.priceMax, 'filter.priceMax') : null,
      ownerId: filter.ownerId ? checkId(filter.ownerId, 'filter.ownerId') : null,
    };
    return this.achievements.search(q, limit, args.after, regionDigitsOf(narrowed), wanted);
  }

  loadPatents(loaders: RequestLoaders, achievementId: string): Promise<PatentEntity[]> {
    return loaders
      .get<string, PatentEntity[]>('patentsByAchievement', async (ids) =>
        groupByKeys(ids, await this.achievements.patentsOf(ids), (p) => p.achievementId),
      )
      .load(achievementId);
  }

  /** An expert's achievements that this viewer may see, newest first; `first` ≤ 100 (default 20). */
  async loadByExpert(
    loaders: RequestLoaders,
    user: AuthUser | null,
    expertId: string,
    first?: number | null,
  ): Promise<AchievementEntity[]> {
    const take = checkPageSize(first);
    const viewer = isOperator(user) ? null : (user?.organizationId ?? 'ANONYMOUS');
    const all = await loaders
      .get<string, AchievementEntity[]>('achievementsByExpert', async (ids) =>
        groupByKeys(ids, await this.achievements.byExperts(ids, viewer, PUBLIC_STATUSES), (a) => a.expertId),
      )
      .load(expertId);
    return all.filter((a) => canSee(user, a)).slice(0, take);
  }

  /** One achievement by id, batched per request; null when it does not exist or the viewer may not see it. */
  async load(
    loaders: RequestLoaders,
    viewer: AuthUser | null,
    id: string,
  ): Promise<AchievementEntity | null> {
    const found = await loaders
      .get<string, AchievementEntity | null>('achievementById', async (ids) =>
        byKeys(ids, await this.achievements.findByIds(ids), (a) => a.id),
      )
      .load(id);
    return visibleOrNull(viewer, 'ACHIEVEMENT', found);
  }

  /** As `load`, for a field the schema makes non-null: an achievement the viewer may not see is NOT_FOUND there. */
  async mustLoad(loaders: RequestLoaders, viewer: AuthUser | null, id: string): Promise<AchievementEntity> {
    const found = await this.load(loaders, viewer, id);
    if (!found) throw notFound('Achievement', id);
    return found;
  }

  private async step(user: AuthUser, id: string, action: 'SUBMIT' | 'WITHDRAW'): Promise<AchievementEntity> {
    const current = await this.mustSee(user, id);
    assertOwner(user, current, action);
    if (action === 'SUBMIT') await this.organizations.requireVerified(user, 'LIST');
    const moved = await this.achievements.transition(id, current.status, nextStatus(action, current.status));
    if (!moved) throw this.raced(id);
    return moved;
  }

  private async mustSee(user: AuthUser, id: string): Promise<AchievementEntity> {
    const found = await this.get(user, id);
    if (!found) throw notFound('Achievement', id);
    return found;
  }

  private raced(id: string) {
    return statusRaced('achievement', id);
  }

  private async validate(input: AchievementInput, defaultRegion: string) {
    const title = checkText(input.title, 'title') as string;
    const summary = checkText(input.summary, 'summary') as string;
    const description = checkText(input.description, 'description', true);
    const keywords = checkKeywords(input.keywords);
    const fieldCodes = await this.fields.checkCodes(input.fieldCodes);
    if (!input.transferModes?.length)
      throw badInput('TRANSFER_MODE_REQUIRED', 'at least one transfer mode', { field: 'transferModes' });
    const askingPrice = input.askingPrice == null ? null : parseMoney(input.askingPrice, 'askingPrice');
    const regionCode = input.regionCode ? checkRegionCode(input.regionCode) : defaultRegion;
    if ((input.patents?.length ?? 0) > MAX_PATENTS)
      throw badInput('TOO_MANY_PATENTS', `at most ${MAX_PATENTS} patents`, {
        field: 'patents',
        max: MAX_PATENTS,
      });
    const numbers = (input.patents ?? []).map((p) => checkPatentNumber(p.number));
    if (new Set(numbers).size !== numbers.length)
      throw badInput('DUPLICATE_PATENT', 'a patent is listed twice', { field: 'patents' });
    const patents = (input.patents ?? []).map((p, i) => ({
      number: numbers[i],
      title: checkPatentTitle(p.title, i),
      kind: p.kind,
    }));
    return {
      fields: {
        title,
        summary,
        description,
        keywords,
        fieldCodes,
        maturity: input.maturity,
        transferModes: [...new Set(input.transferModes)],
        askingPrice,
        regionCode,
      },
      patents,
    };
  }
}
