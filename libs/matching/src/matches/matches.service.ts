import { Injectable } from '@nestjs/common';
import {
  AchievementsService,
  ExpertsService,
  NeedsService,
  PUBLIC_NEED_STATUSES,
  viewerOrganization,
} from '@techmarket/catalog';
import {
  type AuthUser,
  checkPageSize,
  decodeCursor,
  encodeCursor,
  forbidden,
  groupByKeys,
  isOperator,
  isUuid,
  notFound,
  type RequestLoaders,
  toConnection,
} from '@techmarket/shared';
import { statusRacedMatch } from './match-errors.js';
import type { DismissReason, MatchStatus, MatchTarget } from './match.enums.js';
import type { MatchEntity } from './match.entity.js';
import { markedStatus } from './match-status.js';
import { type MatchScope, MatchesRepository } from './matches.repository.js';

type Owned = { id: string; ownerId: string };

@Injectable()
export class MatchesService {
  constructor(
    private readonly matches: MatchesRepository,
    private readonly needs: NeedsService,
    private readonly achievements: AchievementsService,
    private readonly experts: ExpertsService,
  ) {}

  /** A need's matches: for its owner and operators. */
  forNeed(
    user: AuthUser | null,
    need: Owned,
    target: MatchTarget,
    first?: number | null,
    after?: string | null,
  ) {
    if (!this.owns(user, need.ownerId)) throw forbidden('NOT_OWNER', 'A need’s matches are for its owner');
    return this.connection({ needId: need.id, target }, first, after);
  }

  /** The needs an achievement could serve: for its owner and operators. */
  forAchievement(user: AuthUser | null, achievement: Owned, first?: number | null, after?: string | null) {
    if (!this.owns(user, achievement.ownerId))
      throw forbidden('NOT_OWNER', 'An achievement’s matches are for its owner');
    // Match.need is non-null: a match whose need the owner may no longer see is left out
    return this.connection(
      {
        achievementId: achievement.id,
        needViewer: viewerOrganization(user),
        publicNeedStatuses: PUBLIC_NEED_STATUSES,
      },
      first,
      after,
    );
  }

  async feedback(loaders: RequestLoaders, user: AuthUser | null, achievement: Owned) {
    if (!this.owns(user, achievement.ownerId))
      throw forbidden('NOT_OWNER', 'Feedback is for the achievement’s owner');
    return loaders
      .get<string, Array<{ value: string; count: number }>>('feedbackByAchievement', async (ids) =>
        groupByKeys(ids, await this.matches.feedback(ids), (r) => r.achievementId),
      )
      .load(achievement.id);
  }

  /** A match, for the parties on either side of it and operators, while they may see its need. */
  async get(user: AuthUser | null, id: string): Promise<MatchEntity | null> {
    const match = isUuid(id) ? await this.matches.findById(id) : null;
    return match && (await this.isParty(user, match)) ? match : null;
  }

  /** The need's owner marks what it made of a suggestion; a dismissal's reason reaches the other side. */
  async mark(
    user: AuthUser,
    id: string,
    status: MatchStatus,
    reason?: DismissReason | null,
  ): Promise<MatchEntity> {
    const match = await this.get(user, id);
    if (!match) throw notFound('Match', id);
    const need = await this.needs.get(user, match.needId);
    if (!need || need.ownerId !== user.organizationId)
      throw forbidden('NOT_OWNER', 'Only the need’s owner marks its matches');
    const next = markedStatus(match.status, status, reason);
    const marked = await this.matches.mark(id, match.status, next.status, next.dismissReason);
    if (!marked) throw statusRacedMatch(id);
    return marked;
  }

  /** A match reached from a docking: null when the viewer may not see its (non-null) need. */
  async load(loaders: RequestLoaders, viewer: AuthUser | null, id: string): Promise<MatchEntity | null> {
    const match = await loaders
      .get<string, MatchEntity | null>('matchById', async (ids) => {
        const rows = new Map((await this.matches.findByIds(ids)).map((m) => [m.id, m]));
        return ids.map((i) => rows.get(i) ?? null);
      })
      .load(id);
    return match && (await this.needs.load(loaders, viewer, match.needId)) ? match : null;
  }

  private owns(user: AuthUser | null, ownerId: string): boolean {
    return isOperator(user) || (!!user?.organizationId && user.organizationId === ownerId);
  }

  private async isParty(user: AuthUser | null, match: MatchEntity): Promise<boolean> {
    if (!user) return false;
    const need = await this.needs.get(user, match.needId);
    if (!need) return false;
    if (isOperator(user) || need.ownerId === user.organizationId) return true;
    if (match.achievementId) {
      const a = await this.achievements.get(user, match.achievementId);
      return a?.ownerId === user.organizationId;
    }
    const e = match.expertId ? await this.experts.get(match.expertId) : null;
    return !!e && e.organizationId === user.organizationId;
  }

  private async connection(scope: MatchScope, first?: number | null, after?: string | null) {
    const limit = checkPageSize(first, 10);
    const cursor = decodeCursor(after, ['number', 'uuid']);
    const start = cursor ? { score: Number(cursor[0]), id: String(cursor[1]) } : null;
    const [rows, total] = await Promise.all([
      this.matches.page(scope, start, limit + 1),
      this.matches.count(scope),
    ]);
    return toConnection(rows.slice(0, limit), rows.length > limit, total, (m) =>
      encodeCursor([m.score, m.id]),
    );
  }
}
