import { matchFoundDigests, type NewMatch } from './match-digest.js';

const m = (id: string, score: number, ...details: string[]): NewMatch => ({ id, score, details });

describe('matchFoundDigests', () => {
  const parties: Record<string, string[]> = {
    a: ['need-owner', 'uni-1'],
    b: ['need-owner', 'uni-2'],
    c: ['need-owner', 'uni-1'],
    weak: ['need-owner', 'uni-3'],
  };
  const of = (x: NewMatch) => parties[x.id];

  it('tells each organization once per run, about its best new strong match, with the count', () => {
    const drafts = matchFoundDigests(
      [
        m('a', 0.7, '共同关键词：镁合金'),
        m('b', 0.9, '领域相同', '地区相同'),
        m('c', 0.65, 'x'),
        m('weak', 0.3, 'y'),
      ],
      of,
      0.6,
    );
    expect(drafts).toEqual([
      {
        organizationId: 'need-owner',
        kind: 'MATCH_FOUND',
        title: '发现 3 个新的匹配',
        body: '最佳一项：领域相同；地区相同',
        subjectId: 'b',
      },
      {
        organizationId: 'uni-1',
        kind: 'MATCH_FOUND',
        title: '发现 2 个新的匹配',
        body: '最佳一项：共同关键词：镁合金',
        subjectId: 'a',
      },
      {
        organizationId: 'uni-2',
        kind: 'MATCH_FOUND',
        title: '发现新的匹配',
        body: '领域相同；地区相同',
        subjectId: 'b',
      },
    ]);
  });

  it('says nothing for weak matches only, or none, and counts an organization on both sides once', () => {
    expect(matchFoundDigests([m('weak', 0.59, 'y')], of, 0.6)).toEqual([]);
    expect(matchFoundDigests([], of, 0.6)).toEqual([]);
    const self = matchFoundDigests([m('s', 0.8, 'z')], () => ['org', 'org'], 0.6);
    expect(self.map((d) => [d.organizationId, d.title])).toEqual([['org', '发现新的匹配']]);
  });
});
