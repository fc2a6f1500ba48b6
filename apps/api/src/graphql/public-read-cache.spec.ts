import { parse, type OperationDefinitionNode } from 'graphql';
import {
  cacheHeaders,
  isSharedRead,
  SHARED_READ_TTL_MS,
  SharedReadCache,
  sharedReadKey,
} from './public-read-cache.js';

const op = (source: string) => parse(source).definitions[0] as OperationDefinitionNode;
const BROWSE = op('{ achievements(first: 20) { totalCount edges { node { id } } } fields { code } }');

describe('isSharedRead', () => {
  it('shares an anonymous query of the public catalogue', () => {
    expect(isSharedRead({ operation: BROWSE, authorization: undefined })).toBe(true);
  });

  it('never shares a read sent with a token, even a bad one: an owner or operator may see more', () => {
    expect(isSharedRead({ operation: BROWSE, authorization: 'Bearer x' })).toBe(false);
    expect(isSharedRead({ operation: BROWSE, authorization: '' })).toBe(false);
  });

  it('shares no mutation, no root field outside the catalogue and no fragment at the root', () => {
    const read = (source: string) => isSharedRead({ operation: op(source), authorization: undefined });
    expect(read('mutation { login(email: "a", password: "b") { accessToken } }')).toBe(false);
    expect(read('{ achievements { totalCount } me { id } }')).toBe(false);
    expect(read('{ __typename }')).toBe(false);
    expect(read('{ ... on Query { achievements { totalCount } } }')).toBe(false);
  });
});

describe('sharedReadKey', () => {
  it('tells apart operations and variables of the same query text', () => {
    const keys = new Set([
      sharedReadKey('h', 'A', { q: '材料' }),
      sharedReadKey('h', 'B', { q: '材料' }),
      sharedReadKey('h', 'A', { q: '合金' }),
      sharedReadKey('h2', 'A', { q: '材料' }),
    ]);
    expect(keys.size).toBe(4);
  });
});

describe('cacheHeaders', () => {
  it('lets a proxy keep a shared GET answer for a second, apart from requests with a token', () => {
    expect(cacheHeaders(true, 'GET', 'W/"x"')).toEqual({
      'cache-control': 'public, max-age=1',
      vary: 'Authorization',
      etag: 'W/"x"',
    });
  });

  it('forbids keeping any other GET answer, and says nothing on POST', () => {
    expect(cacheHeaders(false, 'GET', null)).toEqual({ 'cache-control': 'no-store' });
    expect(cacheHeaders(true, 'POST', null)).toEqual({});
  });
});

describe('SharedReadCache', () => {
  const result = (n: number) => ({ data: { n } });
  let now = 0;
  const cache = () => new SharedReadCache(SHARED_READ_TTL_MS, () => now);
  beforeEach(() => (now = 1_000));

  it('answers from the copy within the TTL counted from when the first read started, then reads again', async () => {
    const c = cache();
    const first = await c.lookup('k');
    if (first.kind !== 'execute' || !first.owner) throw new Error('the first read executes');
    now += 400; // the read took 400 ms
    expect(first.owner.publish(result(1))).toBe(true);
    now += SHARED_READ_TTL_MS - 401;
    expect(await c.lookup('k')).toMatchObject({ kind: 'copy', result: result(1) });
    now += 1;
    expect(await c.lookup('k')).toMatchObject({ kind: 'execute', owner: expect.anything() });
  });

  it('makes concurrent reads of the same key wait for the one in flight', async () => {
    const c = cache();
    const first = await c.lookup('k');
    const waiting = c.lookup('k');
    if (first.kind !== 'execute' || !first.owner) throw new Error('the first read executes');
    first.owner.publish(result(2));
    expect(await waiting).toMatchObject({ kind: 'copy', result: result(2) });
  });

  it('hands a slow read to those who waited for it, and no later comer', async () => {
    const c = cache();
    const first = await c.lookup('k');
    const waiting = c.lookup('k');
    if (first.kind !== 'execute' || !first.owner) throw new Error('the first read executes');
    now += 3 * SHARED_READ_TTL_MS; // the read took three TTLs
    first.owner.publish(result(5));
    const waited = await waiting;
    expect(waited).toMatchObject({ kind: 'copy', result: result(5) });
    if (waited.kind === 'copy') expect(c.fresh(waited.entry)).toBe(false); // no proxy keeps it
    expect(await c.lookup('k')).toMatchObject({ kind: 'execute', owner: expect.anything() });
  });

  it('keeps nothing read across a write of this process, and drops every copy on a write', async () => {
    const c = cache();
    const inFlight = await c.lookup('a');
    const done = await c.lookup('b');
    if (done.kind !== 'execute' || !done.owner) throw new Error('executes');
    done.owner.publish(result(3));
    c.invalidate();
    if (inFlight.kind !== 'execute' || !inFlight.owner) throw new Error('executes');
    expect(inFlight.owner.publish(result(4))).toBe(false);
    expect(await c.lookup('a')).toMatchObject({ kind: 'execute', owner: expect.anything() });
    expect(await c.lookup('b')).toMatchObject({ kind: 'execute', owner: expect.anything() });
  });

  it('lets waiters execute themselves when the read in flight failed', async () => {
    const c = cache();
    const first = await c.lookup('k');
    const waiting = c.lookup('k');
    if (first.kind !== 'execute' || !first.owner) throw new Error('executes');
    expect(first.owner.publish(null)).toBe(false);
    expect(await waiting).toEqual({ kind: 'execute', owner: null });
    expect(await c.lookup('k')).toMatchObject({ kind: 'execute', owner: expect.anything() });
  });
});
