import { bestPerSubject, bySubjectReached, groupByJob } from './batch-plan.js';

describe('groupByJob', () => {
  it('groups subjects by the job that holds them, ids sorted, groups in order of their first id', () => {
    expect(
      groupByJob([
        { id: 'c', job: 'j-1' },
        { id: 'a', job: 'j-0' },
        { id: 'd', job: 'j-1' },
        { id: 'b', job: 'j-0' },
      ]),
    ).toEqual([
      { job: 'j-0', ids: ['a', 'b'] },
      { job: 'j-1', ids: ['c', 'd'] },
    ]);
    expect(groupByJob([])).toEqual([]);
  });
});

describe('bestPerSubject', () => {
  const p = (needId: string, score: number) => ({ needId, score });

  it('keeps each subject’s pairs at or above the least score, best first, at most the limit', () => {
    const best = bestPerSubject(
      new Map([
        ['a1', [p('n1', 0.3), p('n2', 0.05), p('n3', 0.9), p('n4', 0.5)]],
        ['a2', [p('n1', 0.1)]],
        ['a3', []],
      ]),
      0.1,
      2,
    );
    expect(best.get('a1')).toEqual([p('n3', 0.9), p('n4', 0.5)]);
    expect(best.get('a2')).toEqual([p('n1', 0.1)]);
    expect(best.get('a3')).toEqual([]);
  });

  it('orders equal scores by need id, as a subject run alone leaves them', () => {
    const best = bestPerSubject(new Map([['a', [p('n9', 0.5), p('n2', 0.5), p('n5', 0.7)]]]), 0, 10);
    expect(best.get('a')?.map((x) => x.needId)).toEqual(['n5', 'n2', 'n9']);
  });
});

describe('bySubjectReached', () => {
  it('turns subject → needs reached into need → the subjects that reached it, each once', () => {
    const out = bySubjectReached(
      new Map([
        ['a1', ['n1', 'n2', 'n1']],
        ['a2', ['n2']],
        ['a3', []],
      ]),
    );
    expect([...out]).toEqual([
      ['n1', ['a1']],
      ['n2', ['a1', 'a2']],
    ]);
  });
});
