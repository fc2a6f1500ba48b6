import { type AuthUser, isOperator, type MarketScope } from '@techmarket/shared';
import { canSee } from '../achievements/achievement-lifecycle.js';
import { canSeeNeed } from '../needs/need-lifecycle.js';
import type { AchievementStatus, NeedStatus } from './catalog.enums.js';

/**
 * Who may see a catalogue item, wherever it is reached (a top-level query, a list, or a field of a
 * listing, match, docking, contract or proposal): public statuses (LISTED / IN_TRADE / DEALT
 * achievements, OPEN / SOLVED needs) are for anyone; drafts, items under review (an edit of a listed
 * item is unreviewed until approved), rejected, withdrawn and closed ones only for the owning
 * organization and operators. The catalogue keeps no last public version of an edited item, so a
 * viewer who may not see it gets nothing of it: null where the field is nullable, NOT_FOUND on the
 * path where the schema makes it non-null.
 */
export type CatalogItem = (
  { kind: 'ACHIEVEMENT'; status: AchievementStatus } | { kind: 'NEED'; status: NeedStatus }
) & { ownerId: string; regionCode?: string; fieldCodes?: readonly string[] };

export function canSeeCatalogItem(viewer: AuthUser | null | undefined, item: CatalogItem): boolean {
  const user = viewer ?? null;
  return item.kind === 'ACHIEVEMENT' ? canSee(user, item) : canSeeNeed(user, item);
}

type Located = { ownerId: string; regionCode: string; fieldCodes: readonly string[] };

/** The item itself when the viewer may see it, null otherwise (and null stays null). */
export function visibleOrNull<T extends { status: AchievementStatus } & Located>(
  viewer: AuthUser | null | undefined,
  kind: 'ACHIEVEMENT',
  item: T | null,
): T | null;
export function visibleOrNull<T extends { status: NeedStatus } & Located>(
  viewer: AuthUser | null | undefined,
  kind: 'NEED',
  item: T | null,
): T | null;
export function visibleOrNull<T extends { status: AchievementStatus | NeedStatus } & Located>(
  viewer: AuthUser | null | undefined,
  kind: CatalogItem['kind'],
  item: T | null,
): T | null {
  if (!item) return null;
  const { status, ownerId, regionCode, fieldCodes } = item;
  return canSeeCatalogItem(viewer, { kind, status, ownerId, regionCode, fieldCodes } as CatalogItem)
    ? item
    : null;
}

/**
 * The same rule as SQL parameters for a list: `null` when the viewer sees every status (a root operator),
 * otherwise the organization whose own items it also sees ('ANONYMOUS' matches no organization), and
 * for a market operator its markets (`viewerScopes`), whose items it sees in every status too.
 */
export const viewerOrganization = (viewer: AuthUser | null | undefined): string | null =>
  isOperator(viewer) ? null : (viewer?.organizationId ?? 'ANONYMOUS');

export const viewerScopes = (viewer: AuthUser | null | undefined): readonly MarketScope[] | undefined =>
  viewer?.role === 'MARKET_OPERATOR' ? (viewer.scopes ?? []) : undefined;

const TABLES = {
  ACHIEVEMENT: { table: 'achievements', statusType: 'achievement_status' },
  NEED: { table: 'needs', statusType: 'need_status' },
} as const;

/**
 * The same rule as a SQL condition on the id column of an achievement or a need, for lists of
 * things that carry one: `viewer` is the placeholder of `viewerOrganization(...)`, `statuses` that of
 * the kind's public statuses (`PUBLIC_STATUSES`, `PUBLIC_NEED_STATUSES`), e.g. `$3` and `$4`.
 */
export function catalogVisibleSql(
  kind: CatalogItem['kind'],
  idColumn: string,
  viewer: string,
  statuses: string,
): string {
  const { table, statusType } = TABLES[kind];
  return `(${viewer}::text is null or exists (select 1 from ${table} v where v.id = ${idColumn}
    and (v.status = any(${statuses}::${statusType}[]) or v.owner_id::text = ${viewer})))`;
}
