import { parse } from 'graphql';
import { nulInDocument, nulInValue } from './text-input-guard.js';

describe('the NUL guard', () => {
  it('finds U+0000 anywhere in the variables, naming where', () => {
    expect(nulInValue({ input: { title: 'ok', keywords: ['a', 'b\u0000'] } }, 'variables')).toBe(
      'variables.input.keywords.1',
    );
    expect(nulInValue({ q: 'a\u0000' }, 'variables')).toBe('variables.q');
    expect(nulInValue({ ['k\u0000']: 1 }, 'variables')).toBe('variables.k\u0000');
    expect(nulInValue({ input: { title: '镁合金', n: 5, ok: true, none: null } }, 'variables')).toBeNull();
    expect(nulInValue({ email: '\uD800@example.com' }, 'variables')).toBe('variables.email');
    expect(nulInValue({ emoji: '😀' }, 'variables')).toBeNull();
  });

  it('finds an escaped U+0000 in a string literal of the document', () => {
    expect(nulInDocument(parse('{ achievements(query: "a\\u0000b") { totalCount } }'))).toBe(true);
    expect(nulInDocument(parse('{ achievements(query: "ab") { totalCount } }'))).toBe(false);
  });
});
