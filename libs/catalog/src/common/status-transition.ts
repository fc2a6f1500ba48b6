import type { DataSource } from 'typeorm';

export interface StatusColumn {
  table: string;
  statusType: string;
  /** stamped with now() when the item becomes `publishedStatus` (listed_at, opened_at) */
  publishedAt: string;
  publishedStatus: string;
}

/** Moves the status only if it is still `from`: two reviewers racing do not both win. True when it moved. */
export async function moveStatus(
  db: Pick<DataSource, 'query'>,
  c: StatusColumn,
  id: string,
  from: string,
  to: string,
  comment?: string | null,
): Promise<boolean> {
  // TypeORM answers an UPDATE with [rows, rowCount]
  const [rows]: [unknown[], number] = await db.query(
    `update ${c.table} set status = $3::${c.statusType}, review_comment = coalesce($4, review_comment), updated_at = now(),
       ${c.publishedAt} = case when $3::${c.statusType} = $5::${c.statusType} then now() else ${c.publishedAt} end
     where id = $1 and status = $2::${c.statusType} returning id`,
    [id, from, to, comment ?? null, c.publishedStatus],
  );
  return rows.length > 0;
}
