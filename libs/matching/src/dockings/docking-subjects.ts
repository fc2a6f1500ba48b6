import { type AddParam, anyScopeSql, type ScopedItem } from '@techmarket/markets';
import type { MarketScope } from '@techmarket/shared';
import type { DataSource } from 'typeorm';

/**
 * Which markets a docking is in: those of what it is about (its achievement, need and expert, by their own
 * region and fields). A docking between a Hangzhou need and a Ningbo achievement is in both cities' markets.
 */
const SUBJECTS = [
  { table: 'achievements', column: 'achievement_id' },
  { table: 'needs', column: 'need_id' },
  { table: 'experts', column: 'expert_id' },
] as const;

/** The region and fields of what the docking is about. */
export async function dockingSubjects(
  db: Pick<DataSource, 'query'>,
  d: { achievementId: string | null; needId: string | null; expertId: string | null },
): Promise<ScopedItem[]> {
  return db.query(
    `select region_code as "regionCode", field_codes as "fieldCodes" from achievements where id = $1
     union all select region_code, field_codes from needs where id = $2
     union all select region_code, field_codes from experts where id = $3`,
    [d.achievementId, d.needId, d.expertId],
  );
}

/** The docking aliased `d` is in one of the markets (SQL). */
export const dockingInScopes = (scopes: readonly MarketScope[], add: AddParam): string =>
  `(${SUBJECTS.map(
    (s) =>
      `exists (select 1 from ${s.table} x where x.id = d.${s.column} and ${anyScopeSql(scopes, { region: 'x.region_code', fields: 'x.field_codes' }, add)})`,
  ).join(' or ')})`;
