export interface ListScope<S extends string, V extends string> {
  /** the statuses asked for */
  statuses: readonly S[];
  /** every status the table has */
  allStatuses: readonly S[];
  publicStatuses: readonly S[];
  /** null: an operator; 'ANONYMOUS' or an organization: public rows and that organization's */
  viewer: V | null;
  /** the owner filter, when the list is one organization's */
  ownerId?: string | null;
}

/**
 * The status and visibility conditions a list needs, without the ones that exclude nothing: Postgres does
 * not see that they are redundant, multiplies their selectivities and picks a plan for a few rows.
 * - every status asked for is public: anyone sees every row the status condition keeps, so no visibility
 *   (stated twice, the status condition made Postgres sort every public row instead of walking the partial
 *   index of public rows newest first: 3 s instead of 2 ms at 100k);
 * - the list is the viewer's own organization's: the owner filter already keeps only rows it may see;
 * - every status is asked for (a workspace): no status condition (it read the whole status index, 100k
 *   entries, to AND it with the owner's).
 */
export function listScope<S extends string, V extends string>(
  s: ListScope<S, V>,
): { statuses: S[] | undefined; viewer: V | null } {
  const onlyPublic = s.statuses.length > 0 && s.statuses.every((x) => s.publicStatuses.includes(x));
  const own = !!s.ownerId && s.ownerId === s.viewer;
  const every = s.allStatuses.every((x) => s.statuses.includes(x));
  return { statuses: every ? undefined : [...s.statuses], viewer: onlyPublic || own ? null : s.viewer };
}
