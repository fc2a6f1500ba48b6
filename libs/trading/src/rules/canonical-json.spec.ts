import fc from 'fast-check';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it.each<[string, unknown, string]>([
    [
      'sorts keys, recursively, without whitespace',
      { b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } },
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    ],
    ['keeps array order', [3, 1, 2], '[3,1,2]'],
    ['writes a bigint as a decimal string', { fen: 150000000n }, '{"fen":"150000000"}'],
    [
      'writes a Date as ISO-8601',
      { at: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)) },
      '{"at":"2026-01-02T03:04:05.006Z"}',
    ],
    ['leaves out undefined members', { a: undefined, b: 2 }, '{"b":2}'],
    ['escapes strings as JSON does', { 中文: 'a"b\\\n' }, '{"中文":"a\\"b\\\\\\n"}'],
    ['writes -0 as 0', -0, '0'],
    ['sorts by code units', { b: 1, B: 2, a: 3, é: 4 }, '{"B":2,"a":3,"b":1,"é":4}'],
    [
      'allows a shared (non-cyclic) reference',
      ((x) => ({ p: x, q: x }))({ k: 1 }),
      '{"p":{"k":1},"q":{"k":1}}',
    ],
  ])('%s', (_n, value, expected) => expect(canonicalJson(value)).toBe(expected));

  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  it.each<[string, unknown]>([
    ['NaN', { n: Number.NaN }],
    ['Infinity', [Number.POSITIVE_INFINITY]],
    ['an invalid Date', new Date(Number.NaN)],
    ['undefined at the top', undefined],
    ['undefined in an array', [undefined]],
    ['a function', { f: () => 1 }],
    ['a symbol', Symbol('s')],
    ['a Map', new Map()],
    ['a class instance', new (class Money {})()],
    ['a cycle', cyclic],
  ])('refuses %s', (_n, value) => expect(() => canonicalJson(value)).toThrow(TypeError));

  it('does not depend on key insertion order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
      }),
    );
  });

  it('is stable under a JSON round trip, and parses back to an equal value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = canonicalJson(v);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
  });
});
