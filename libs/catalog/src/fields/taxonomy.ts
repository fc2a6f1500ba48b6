import { TAXONOMY } from './taxonomy.data.js';

export interface TaxonomyNode {
  code: string;
  name: string;
  parentCode: string | null;
  position: number;
}

interface RawNode {
  code: string;
  name: string;
  children?: ReadonlyArray<RawNode>;
}

/** The taxonomy file, flattened parents first, in the file's order. */
export function flattenTaxonomy(nodes: ReadonlyArray<RawNode> = TAXONOMY): TaxonomyNode[] {
  const out: TaxonomyNode[] = [];
  const walk = (list: ReadonlyArray<RawNode>, parentCode: string | null) => {
    for (const node of list) {
      out.push({ code: node.code, name: node.name, parentCode, position: out.length });
      walk(node.children ?? [], node.code);
    }
  };
  walk(nodes, null);
  return out;
}
