// The field taxonomy (query `fields`) as antd TreeSelect data.

export interface FieldNodeLike {
  code: string;
  name: string;
  parentCode?: string | null;
}

export interface FieldTreeOption {
  value: string;
  title: string;
  children?: FieldTreeOption[];
}

export function fieldTree(nodes: readonly FieldNodeLike[]): FieldTreeOption[] {
  const byParent = new Map<string | null, FieldNodeLike[]>();
  const codes = new Set(nodes.map((n) => n.code));
  for (const n of nodes) {
    const parent = n.parentCode && codes.has(n.parentCode) ? n.parentCode : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), n]);
  }
  const build = (parent: string | null): FieldTreeOption[] =>
    (byParent.get(parent) ?? []).map((n) => {
      const children = build(n.code);
      return { value: n.code, title: n.name, ...(children.length ? { children } : {}) };
    });
  return build(null);
}
