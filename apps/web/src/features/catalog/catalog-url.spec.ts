import {
  facetLevel,
  nextField,
  nextRegion,
  readCatalogSearch,
  toggle,
  withChange,
  writeCatalogSearch,
} from './catalog-url';

describe('catalogue URLs', () => {
  it('reads what it wrote, so a reload shows the same page', () => {
    const s = {
      q: '镁合金',
      field: '03',
      region: '330000',
      maturity: ['PILOT', 'LAB'],
      modes: ['LICENSE'],
      after: 'abc',
      page: 3,
    };
    expect(readCatalogSearch(writeCatalogSearch(s))).toEqual(s);
    expect(writeCatalogSearch(s).toString()).toBe(
      'q=%E9%95%81%E5%90%88%E9%87%91&field=03&region=330000&maturity=PILOT%2CLAB&modes=LICENSE&after=abc&page=3',
    );
  });

  it('reads an empty or odd query as the first page of everything', () => {
    expect(readCatalogSearch(new URLSearchParams('page=7&maturity=,,&q=%20'))).toEqual({
      q: '',
      field: null,
      region: null,
      maturity: [],
      modes: [],
      after: null,
      page: 1,
    });
  });

  it('starts from the first page when a filter changes', () => {
    const s = readCatalogSearch(new URLSearchParams('q=a&after=x&page=2'));
    expect(withChange(s, { region: '330000' })).toMatchObject({ region: '330000', after: null, page: 1 });
  });

  it('toggles list filters', () => {
    expect(toggle(['LAB'], 'PILOT')).toEqual(['LAB', 'PILOT']);
    expect(toggle(['LAB', 'PILOT'], 'LAB')).toEqual(['PILOT']);
  });

  it('narrows province → city and widens back', () => {
    expect(nextRegion(null, '330000')).toBe('330000');
    expect(nextRegion('330000', '330100')).toBe('330100');
    expect(nextRegion('330100', '330100')).toBe('330000');
    expect(nextRegion('330000', '330000')).toBeNull();
  });
});

describe('facet levels', () => {
  const fieldWidth = (c: string) => c.length;
  it('offers top-level fields first, then the children of the chosen one', () => {
    const values = ['03', '0301', '0302', '05', '0501'];
    expect(facetLevel(values, null, fieldWidth)).toEqual(['03', '05']);
    expect(facetLevel(values, '03', fieldWidth)).toEqual(['0301', '0302']);
  });

  it('narrows and widens fields by a level', () => {
    expect(nextField(null, '03')).toBe('03');
    expect(nextField('03', '0301')).toBe('0301');
    expect(nextField('0301', '0301')).toBe('03');
    expect(nextField('03', '03')).toBeNull();
  });
});
