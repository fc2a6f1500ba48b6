import { fieldTree } from './fields';

describe('fieldTree', () => {
  it('nests the taxonomy by parent code, orphans at the top', () => {
    expect(
      fieldTree([
        { code: 'A', name: '新材料', parentCode: null },
        { code: 'A1', name: '高分子', parentCode: 'A' },
        { code: 'B1', name: '孤儿', parentCode: 'B' },
      ]),
    ).toEqual([
      { value: 'A', title: '新材料', children: [{ value: 'A1', title: '高分子' }] },
      { value: 'B1', title: '孤儿' },
    ]);
  });
});
