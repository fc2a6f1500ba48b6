import type { EntityManager } from 'typeorm';
import { AchievementStatus, NeedStatus } from '../common/catalog.enums.js';
import { type MatchingSubject } from './matching-state.entity.js';
import { requestMatching } from './matching-requests.js';

/**
 * What matching pairs, written once: an achievement while it can be bought (listed, or in a trade that
 * is still running), a need while it is open. Anything else is taken out of the index and its suggestions.
 */
export const MATCHABLE_ACHIEVEMENT_STATUSES: readonly AchievementStatus[] = [
  AchievementStatus.LISTED,
  AchievementStatus.IN_TRADE,
];
export const MATCHABLE_NEED_STATUSES: readonly NeedStatus[] = [NeedStatus.OPEN];

export const isMatchableAchievement = (status: AchievementStatus): boolean =>
  MATCHABLE_ACHIEVEMENT_STATUSES.includes(status);
export const isMatchableNeed = (status: NeedStatus): boolean => MATCHABLE_NEED_STATUSES.includes(status);

const TABLES = {
  ACHIEVEMENT: { table: 'achievements', type: 'achievement_status' },
  NEED: { table: 'needs', type: 'need_status' },
} as const;

type StatusOf<K extends 'ACHIEVEMENT' | 'NEED'> = K extends 'ACHIEVEMENT' ? AchievementStatus : NeedStatus;

/**
 * The way a trade moves an achievement's or need's status (into a trade, back, dealt, solved): in the
 * caller's transaction, only from one of `from`, with the re-matching that keeps suggestions and the
 * index right. True when it moved.
 */
export async function moveMarketStatus<K extends Extract<MatchingSubject, 'ACHIEVEMENT' | 'NEED'>>(
  em: Pick<EntityManager, 'query'>,
  kind: K,
  id: string,
  from: ReadonlyArray<StatusOf<K>>,
  to: StatusOf<K>,
): Promise<boolean> {
  const { table, type } = TABLES[kind];
  const [rows]: [unknown[], number] = await em.query(
    `update ${table} set status = $3::${type}, updated_at = now() where id = $1 and status = any($2::${type}[]) returning id`,
    [id, from, to],
  );
  if (rows.length) await requestMatching(em, kind, id);
  return rows.length > 0;
}

/** The parties and subject of a deal or contract, as `dealMade` reads them. */
export interface DealParties {
  readonly sellerId: string;
  readonly buyerId: string;
  readonly achievementId?: string | null;
  readonly needId?: string | null;
}

/**
 * A deal or contract reaches matching, in the caller's transaction: the dockings between its two parties
 * about its achievement or need that are still live are CLOSED, and the matches they came from DEALT.
 * Returns the dockings closed.
 */
export async function dealMade(em: Pick<EntityManager, 'query'>, deal: DealParties): Promise<number> {
  if (!deal.achievementId && !deal.needId) return 0;
  // a SELECT at the top: TypeORM answers the rows themselves
  const rows: Array<{ id: string }> = await em.query(
    `with closed as (
       update dockings set status = 'CLOSED', updated_at = now()
       where status in ('REQUESTED', 'ACCEPTED')
         and ((requester_id = $1 and target_id = $2) or (requester_id = $2 and target_id = $1))
         and (achievement_id = $3::uuid or need_id = $4::uuid)
       returning id, match_id),
     dealt as (
       update matches set status = 'DEALT', dismiss_reason = null, updated_at = now()
       where id in (select match_id from closed where match_id is not null) returning id)
     select id from closed`,
    [deal.sellerId, deal.buyerId, deal.achievementId ?? null, deal.needId ?? null],
  );
  return rows.length;
}
