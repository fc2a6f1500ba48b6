import { Injectable } from '@nestjs/common';
import {
  type AuthUser,
  byKeys,
  checkPageSize,
  checkRegionCode,
  checkSearchQuery,
  decodeCursor,
  forbidden,
  isOperator,
  isUuid,
  keyedConnection,
  notFound,
  regionPrefix,
  RequestLoaders,
} from '@techmarket/shared';
import { OrganizationNotifier } from './organization-notifier.js';
import { OrganizationEntity } from './organization.entity.js';
import { OrganizationKind } from './organization.enums.js';
import { OrganizationsRepository } from './organizations.repository.js';
import { type TrustedAction, unverifiedRefusal } from './trust.js';

export interface OrganizationListArgs {
  query?: string | null;
  kind?: OrganizationKind | null;
  regionCode?: string | null;
  verified?: boolean | null;
  first?: number | null;
  after?: string | null;
}

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly notifier: OrganizationNotifier,
  ) {}

  /** Organizations seen verified by this process: verification is never withdrawn, so it is kept. */
  private readonly knownVerified = new Set<string>();

  /** Refuses (ORGANIZATION_UNVERIFIED) an action of the user's organization unless it is verified. */
  async requireVerified(user: AuthUser, action: TrustedAction): Promise<void> {
    const id = user.organizationId;
    if (id && this.knownVerified.has(id)) return;
    const organization = id ? await this.organizations.findById(id) : null;
    const refusal = unverifiedRefusal(organization, action);
    if (refusal) throw refusal;
    if (id) this.knownVerified.add(id);
  }

  async get(id: string): Promise<OrganizationEntity | null> {
    return isUuid(id) ? this.organizations.findById(id) : null;
  }

  /** Batches every organization looked up while resolving one request into one query. */
  load(loaders: RequestLoaders, id: string): Promise<OrganizationEntity | null> {
    return loaders
      .get<string, OrganizationEntity | null>('organizationById', async (ids) =>
        byKeys(ids, await this.organizations.findByIds(ids), (o) => o.id),
      )
      .load(id);
  }

  async list(args: OrganizationListArgs) {
    const limit = checkPageSize(args.first);
    const region = args.regionCode ? regionPrefix(checkRegionCode(args.regionCode)) : null;
    const cursor = decodeCursor(args.after, ['time', 'uuid']);
    const { rows, total, keys } = await this.organizations.search({
      query: checkSearchQuery(args.query),
      kind: args.kind,
      regionPrefix: region,
      verified: args.verified,
      after: cursor ? { createdAt: String(cursor[0]), id: String(cursor[1]) } : null,
      limit: limit + 1,
    });
    return keyedConnection(keys, rows, limit, total);
  }

  /** The operators' queue of organizations still to verify (newest first). */
  listUnverified(user: AuthUser, args: Pick<OrganizationListArgs, 'first' | 'after'>) {
    if (!isOperator(user)) throw forbidden('OPERATOR_ONLY', 'Only operators see organizations to verify');
    return this.list({ ...args, verified: false });
  }

  /** An operator confirms that an organization is who it says it is; its members are told. */
  async verify(user: AuthUser, id: string): Promise<OrganizationEntity> {
    if (!isOperator(user)) throw forbidden('OPERATOR_ONLY', 'Only operators verify organizations');
    const existing = await this.get(id);
    if (!existing) throw notFound('Organization', id);
    if (existing.verified) return existing;
    const verified = (await this.organizations.markVerified(id)) ?? existing;
    await this.notifier.notify(id, {
      kind: 'REVIEW_RESULT',
      title: '机构认证已通过',
      body: `${verified.name} has been verified by the platform operator.`,
      subjectId: id,
    });
    return verified;
  }
}
