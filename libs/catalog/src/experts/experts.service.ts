import { Injectable } from '@nestjs/common';
import { OrganizationsService } from '@techmarket/identity';
import {
  type AuthUser,
  badInput,
  byKeys,
  checkPageSize,
  checkRegionCode,
  forbidden,
  groupByKeys,
  isOperator,
  isUuid,
  notFound,
  queryTokens,
  regionPrefix,
  type RequestLoaders,
} from '@techmarket/shared';
import { checkKeywords, checkText } from '../common/listing-text.js';
import { MarketNarrowing, regionDigitsOf } from '../common/market-narrowing.js';
import { checkFieldPrefix, FieldsService } from '../fields/fields.service.js';
import type { ExpertFilter, ExpertInput } from './dto/expert.input.js';
import type { ExpertEntity } from './expert.entity.js';
import { type ExpertFields, ExpertsRepository } from './experts.repository.js';

export interface ExpertListArgs {
  query?: string | null;
  filter?: ExpertFilter | null;
  first?: number | null;
  after?: string | null;
  /** a market's code */
  market?: string | null;
}

@Injectable()
export class ExpertsService {
  constructor(
    private readonly experts: ExpertsRepository,
    private readonly fields: FieldsService,
    private readonly organizations: OrganizationsService,
    private readonly markets: MarketNarrowing,
  ) {}

  get(id: string): Promise<ExpertEntity | null> {
    return isUuid(id) ? this.experts.findById(id) : Promise.resolve(null);
  }

  /** A member registers an expert of its own organization; an operator, an independent one. */
  async create(user: AuthUser, input: ExpertInput): Promise<ExpertEntity> {
    if (!user.organizationId && !isOperator(user))
      throw forbidden('MEMBERS_ONLY', 'Experts are registered by an organization’s members');
    const organization = user.organizationId ? await this.organizations.get(user.organizationId) : null;
    const fields = await this.validate(input, organization?.regionCode ?? null);
    return this.experts.save(null, { ...fields, organizationId: organization?.id ?? null });
  }

  async update(user: AuthUser, id: string, input: ExpertInput): Promise<ExpertEntity> {
    const current = await this.get(id);
    if (!current) throw notFound('Expert', id);
    if (!isOperator(user) && (!current.organizationId || current.organizationId !== user.organizationId))
      throw forbidden('NOT_OWNER', 'Only the expert’s organization may edit it');
    const fields = await this.validate(input, current.regionCode);
    return this.experts.save(id, { ...fields, organizationId: current.organizationId });
  }

  async list(args: ExpertListArgs) {
    const first = checkPageSize(args.first);
    const filter = args.filter ?? {};
    const region = filter.regionCode ? checkRegionCode(filter.regionCode, 'filter.regionCode') : null;
    if (filter.organizationId && !isUuid(filter.organizationId))
      throw badInput('INVALID_ID', 'filter.organizationId is not an id', { field: 'filter.organizationId' });
    const fieldPrefix = checkFieldPrefix(filter.fieldCode);
    const narrowed = await this.markets.narrow(args.market, region ? regionPrefix(region) : null);
    return this.experts.search(
      {
        tokens: queryTokens(args.query),
        fieldPrefix,
        ...narrowed,
        organizationId: filter.organizationId ?? null,
      },
      first,
      args.after,
      regionDigitsOf(narrowed),
    );
  }

  /** Team members named by an achievement's owner: existing experts of that organization, no repeats. */
  async checkTeam(ids: readonly string[] | null | undefined, ownerId: string): Promise<string[]> {
    const unique = [...new Set(ids ?? [])];
    if (unique.length > 50)
      throw badInput('TEAM_TOO_LARGE', 'a team has at most 50 experts', { field: 'teamExpertIds' });
    const bad = unique.find((id) => !isUuid(id));
    if (bad) throw badInput('INVALID_ID', `teamExpertIds: ${bad} is not an id`, { field: 'teamExpertIds' });
    const found = new Map((await this.experts.findByIds(unique)).map((e) => [e.id, e]));
    for (const id of unique) {
      const expert = found.get(id);
      if (!expert)
        throw badInput('EXPERT_NOT_FOUND', `teamExpertIds: no expert ${id}`, { field: 'teamExpertIds' });
      if (expert.organizationId !== ownerId)
        throw badInput(
          'EXPERT_NOT_IN_ORGANIZATION',
          `teamExpertIds: ${expert.name} is not of the owning organization`,
          {
            field: 'teamExpertIds',
          },
        );
    }
    return unique;
  }

  load(loaders: RequestLoaders, id: string): Promise<ExpertEntity | null> {
    return loaders
      .get<string, ExpertEntity | null>('expertById', async (ids) =>
        byKeys(ids, await this.experts.findByIds(ids), (e) => e.id),
      )
      .load(id);
  }

  async loadTeam(
    loaders: RequestLoaders,
    achievementId: string,
    first?: number | null,
  ): Promise<ExpertEntity[]> {
    const take = checkPageSize(first, 50);
    const team = await loaders
      .get<string, ExpertEntity[]>('teamByAchievement', async (ids) =>
        groupByKeys(ids, await this.experts.teamsOf(ids), (e) => e.achievementId),
      )
      .load(achievementId);
    return team.slice(0, take);
  }

  private async validate(
    input: ExpertInput,
    defaultRegion: string | null,
  ): Promise<Omit<ExpertFields, 'organizationId'>> {
    const name = checkText(input.name, 'name') as string;
    const title = checkText(input.title, 'title', true);
    const bio = checkText(input.bio, 'bio') as string;
    const researchAreas = checkKeywords(input.researchAreas, 'researchAreas');
    const fieldCodes = await this.fields.checkCodes(input.fieldCodes);
    const regionCode = input.regionCode ? checkRegionCode(input.regionCode) : defaultRegion;
    if (!regionCode)
      throw badInput('REGION_REQUIRED', 'an expert without an organization needs a regionCode', {
        field: 'regionCode',
      });
    return { name, title, bio, researchAreas, fieldCodes, regionCode };
  }
}
