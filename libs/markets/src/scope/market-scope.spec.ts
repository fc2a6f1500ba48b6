import {
  anyScopeSql,
  covers,
  narrowToMarket,
  regionPrefixOf,
  scopeOf,
  scopeSql,
  specificity,
} from './market-scope.js';

const params = () => {
  const values: unknown[] = [];
  return { values, add: (v: unknown) => `$${values.push(v)}` };
};

describe('market scopes', () => {
  it('reads a market row: the root, a region by its prefix, an industry by its field codes', () => {
    expect(scopeOf({ code: 'root', parentCode: null, regionCode: null, fieldCodes: [] })).toEqual({
      kind: 'ROOT',
    });
    expect(scopeOf({ code: 'zj', parentCode: 'root', regionCode: '330000', fieldCodes: [] })).toEqual({
      kind: 'REGION',
      regionPrefix: '33',
    });
    expect(scopeOf({ code: 'hz', parentCode: 'root', regionCode: '330100', fieldCodes: [] })).toEqual({
      kind: 'REGION',
      regionPrefix: '3301',
    });
    expect(scopeOf({ code: 'agri', parentCode: 'root', regionCode: null, fieldCodes: ['08'] })).toEqual({
      kind: 'INDUSTRY',
      fieldCodes: ['08'],
    });
    expect(regionPrefixOf('330106')).toBe('330106');
  });

  it('covers an item of Hangzhou in 杭州 and 浙江 but not in 宁波', () => {
    const item = { regionCode: '330106', fieldCodes: ['0301'] };
    expect(covers({ kind: 'REGION', regionPrefix: '3301' }, item)).toBe(true);
    expect(covers({ kind: 'REGION', regionPrefix: '33' }, item)).toBe(true);
    expect(covers({ kind: 'REGION', regionPrefix: '3302' }, item)).toBe(false);
    expect(covers({ kind: 'ROOT' }, item)).toBe(true);
    expect(covers({ kind: 'INDUSTRY', fieldCodes: ['03', '08'] }, item)).toBe(true);
    expect(covers({ kind: 'INDUSTRY', fieldCodes: ['0302'] }, item)).toBe(false);
  });

  it('orders scopes from the most specific: county, city, province, industry, root', () => {
    const order = [
      { kind: 'ROOT' as const },
      { kind: 'INDUSTRY' as const, fieldCodes: ['08'] },
      { kind: 'REGION' as const, regionPrefix: '33' },
      { kind: 'REGION' as const, regionPrefix: '3301' },
      { kind: 'REGION' as const, regionPrefix: '330106' },
    ].map(specificity);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(new Set(order).size).toBe(order.length);
  });

  it('narrows a list to a market and a region filter: the inner of two nested prefixes, nothing when apart', () => {
    const region = (regionPrefix: string) => ({ kind: 'REGION' as const, regionPrefix });
    expect(narrowToMarket(region('33'), '3301')).toEqual({ regionPrefix: '3301', fieldCodes: null });
    expect(narrowToMarket(region('3301'), '33')).toEqual({ regionPrefix: '3301', fieldCodes: null });
    expect(narrowToMarket(region('3301'), '3302')).toBeNull();
    expect(narrowToMarket(region('33'), null)).toEqual({ regionPrefix: '33', fieldCodes: null });
    expect(narrowToMarket(null, '3302')).toEqual({ regionPrefix: '3302', fieldCodes: null });
    expect(narrowToMarket({ kind: 'ROOT' }, null)).toEqual({ regionPrefix: null, fieldCodes: null });
  });

  it('narrows a list to an industry market by its fields, beside any region filter', () => {
    expect(narrowToMarket({ kind: 'INDUSTRY', fieldCodes: ['08'] }, '22')).toEqual({
      regionPrefix: '22',
      fieldCodes: ['08'],
    });
  });

  it('writes a scope as SQL with its values as parameters', () => {
    const p = params();
    expect(
      scopeSql(
        { kind: 'REGION', regionPrefix: '33' },
        { region: 'a.region_code', fields: 'a.field_codes' },
        p.add,
      ),
    ).toBe('(a.region_code >= $1 and a.region_code < $2)');
    expect(p.values).toEqual(['33', '34']);
    const q = params();
    expect(scopeSql({ kind: 'REGION', regionPrefix: '330106' }, { region: 'r', fields: 'f' }, q.add)).toBe(
      '(r = $1)',
    );
    const f = params();
    expect(
      scopeSql({ kind: 'INDUSTRY', fieldCodes: ['08', '0705'] }, { region: 'r', fields: 'f' }, f.add),
    ).toBe('exists (select 1 from unnest(f) f where f like any($1::text[]))');
    expect(f.values).toEqual([['08%', '0705%']]);
    expect(anyScopeSql([], { region: 'r', fields: 'f' }, params().add)).toBe('false');
    expect(scopeSql({ kind: 'ROOT' }, { region: 'r', fields: 'f' }, params().add)).toBe('true');
  });

  it('refuses to write SQL from anything but digits', () => {
    expect(() =>
      scopeSql({ kind: 'REGION', regionPrefix: "33' or '1" }, { region: 'r', fields: 'f' }, params().add),
    ).toThrow();
    expect(() =>
      scopeSql({ kind: 'INDUSTRY', fieldCodes: ['0_%'] }, { region: 'r', fields: 'f' }, params().add),
    ).toThrow();
  });
});
