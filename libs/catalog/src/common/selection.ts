import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved asks for `name` among its direct sub-fields (through inline fragments and
 * named fragments too). Directives are not evaluated: a field under `@include(if: false)` counts as asked,
 * which only costs the work that skipping it would have saved.
 */
export function selectsField(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  name: string,
): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === 'Field') return s.name.value === name;
      if (s.kind === 'InlineFragment') return within(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      const fragment: FragmentDefinitionNode | undefined = info.fragments[s.name.value];
      return fragment ? within(fragment.selectionSet) : true;
    });
  return info.fieldNodes.some((node) => within(node.selectionSet));
}
