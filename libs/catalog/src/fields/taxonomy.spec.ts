import { flattenTaxonomy } from './taxonomy.js';

describe('the field taxonomy', () => {
  const nodes = flattenTaxonomy();

  it('has ten top-level fields with two-digit codes, each child under its parent', () => {
    const top = nodes.filter((n) => n.parentCode === null);
    expect(top).toHaveLength(10);
    for (const n of nodes) {
      if (n.parentCode) expect(n.code.startsWith(n.parentCode)).toBe(true);
    }
  });

  it('lists parents before their children, codes unique', () => {
    const seen = new Set<string>();
    for (const n of nodes) {
      if (n.parentCode) expect(seen.has(n.parentCode)).toBe(true);
      expect(seen.has(n.code)).toBe(false);
      seen.add(n.code);
    }
    expect(nodes.find((n) => n.code === '0301')?.name).toBe('先进金属材料');
  });
});
