import { needQuery } from '../scoring/index.js';
import { NeedQueries } from './need-queries.js';

const need = (id: string, title: string, description = '需要镁合金挤压成型技术') => ({
  id,
  title,
  description,
});

describe('NeedQueries', () => {
  it('gives a need’s query as needQuery builds it, and the same object while its text is unchanged', () => {
    const queries = new NeedQueries();
    const first = queries.get(need('n1', '镁合金挤压'));
    expect(first).toEqual(needQuery(need('n1', '镁合金挤压')));
    expect(queries.get(need('n1', '镁合金挤压'))).toBe(first);
  });

  it('analyses an edited need afresh', () => {
    const queries = new NeedQueries();
    const before = queries.get(need('n1', '镁合金挤压'));
    const after = queries.get(need('n1', '锂电池回收'));
    expect(after).not.toBe(before);
    expect([...after.weights.word.keys()]).toEqual(expect.arrayContaining(['锂电池', '回收']));
    expect(queries.get({ ...need('n1', '锂电池回收'), keywords: ['电池'] })).not.toBe(after);
  });

  it('forgets the least recently used past its size', () => {
    const queries = new NeedQueries(2);
    const a = queries.get(need('a', '镁合金'));
    const b = queries.get(need('b', '锂电池'));
    expect(queries.get(need('a', '镁合金'))).toBe(a); // a is now the most recent
    queries.get(need('c', '光伏'));
    expect(queries.get(need('a', '镁合金'))).toBe(a);
    expect(queries.get(need('b', '锂电池'))).not.toBe(b);
  });
});
