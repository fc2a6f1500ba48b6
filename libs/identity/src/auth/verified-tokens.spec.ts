import { VerifiedTokens } from './verified-tokens.js';

const user = { id: 'u1', role: 'MEMBER' as const, organizationId: 'o1' };

describe('VerifiedTokens', () => {
  it('answers a remembered token until the second it expires, then forgets it', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('t', user, 1_000);
    expect(tokens.get('t', 999_999)).toEqual(user);
    expect(tokens.get('t', 1_000_000)).toBeUndefined();
    expect(tokens.get('t', 0)).toBeUndefined(); // dropped, not merely hidden
  });

  it('keeps nothing for a token without an expiry, and nothing it was not told', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('t', user, undefined);
    expect(tokens.get('t', 0)).toBeUndefined();
    expect(tokens.get('other', 0)).toBeUndefined();
  });

  it('holds at most `max` tokens, evicting the least recently used', () => {
    const tokens = new VerifiedTokens(2);
    tokens.remember('a', user, 10);
    tokens.remember('b', user, 10);
    tokens.get('a', 0);
    tokens.remember('c', user, 10);
    expect([tokens.get('a', 0), tokens.get('b', 0), tokens.get('c', 0)]).toEqual([user, undefined, user]);
  });
});
