import { tokenExpiry } from './session';

const jwt = (payload: object) => `h.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.s`;

describe('session', () => {
  it('reads the token expiry from its exp claim', () => {
    expect(tokenExpiry(jwt({ sub: '1', exp: 1_800_000_000 }))).toBe(1_800_000_000_000);
    expect(tokenExpiry(jwt({ sub: '1' }))).toBeNull();
    expect(tokenExpiry('not-a-token')).toBeNull();
    expect(tokenExpiry('a.%%%.b')).toBeNull();
  });
});
