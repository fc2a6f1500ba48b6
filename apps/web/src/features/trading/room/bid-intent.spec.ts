import { BidIntent, randomKey } from './bid-intent';

const keys = () => {
  let n = 0;
  return () => `k${(n += 1)}`;
};

describe('BidIntent', () => {
  it('sends a double click once', () => {
    const intent = new BidIntent(keys());
    expect(intent.begin('100000')).toBe('k1');
    expect(intent.begin('100000')).toBeNull();
  });
  it('reuses the key for a retry after a network failure', () => {
    const intent = new BidIntent(keys());
    expect(intent.begin('100000')).toBe('k1');
    intent.failed();
    expect(intent.begin('100000')).toBe('k1');
  });
  it('knows a retry of a bid whose answer was lost', () => {
    const intent = new BidIntent(keys());
    expect(intent.isRetry('100000')).toBe(false);
    intent.begin('100000');
    expect(intent.isRetry('100000')).toBe(false); // still on its way
    intent.failed();
    expect(intent.isRetry('100000')).toBe(true);
    expect(intent.isRetry('105000')).toBe(false);
    intent.begin('100000');
    intent.answered();
    expect(intent.isRetry('100000')).toBe(false);
  });
  it('takes a new key once the server answered, or for another amount', () => {
    const intent = new BidIntent(keys());
    intent.begin('100000');
    intent.answered();
    expect(intent.begin('100000')).toBe('k2');
    intent.failed();
    expect(intent.begin('105000')).toBe('k3');
  });
  it('makes random 32-hex-digit keys', () => {
    const a = randomKey();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(randomKey()).not.toBe(a);
  });
});
