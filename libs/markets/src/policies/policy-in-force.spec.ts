import type { MarketScope } from '@techmarket/shared';
import { chinaDay, governingPolicy, inForce } from './policy-in-force.js';

const at = (iso: string) => new Date(iso).getTime();
const policy = (
  marketCode: string,
  effectiveFrom: string,
  createdAt: string,
  name = `${marketCode}@${effectiveFrom}`,
) => ({
  marketCode,
  effectiveFrom,
  createdAtMs: at(createdAt),
  name,
});

describe('chinaDay', () => {
  it('reads the day in Beijing: 16:00 UTC is already the next day', () => {
    expect(chinaDay(at('2026-03-31T15:59:59Z'))).toBe('2026-03-31');
    expect(chinaDay(at('2026-03-31T16:00:00Z'))).toBe('2026-04-01');
  });
});

describe('inForce', () => {
  const old = policy('hz', '2026-01-01', '2025-12-01T00:00:00Z');
  const next = policy('hz', '2026-04-01', '2026-03-01T00:00:00Z');

  it('is the policy that took effect last on or before the day', () => {
    expect(inForce([old, next], at('2026-03-31T15:00:00Z'))).toBe(old);
    expect(inForce([old, next], at('2026-03-31T16:00:00Z'))).toBe(next); // 2026-04-01 in Beijing
    expect(inForce([next, old], at('2026-06-01T00:00:00Z'))).toBe(next);
    expect(inForce([old, next], at('2025-12-31T00:00:00Z'))).toBeNull();
  });

  it('never counts a policy set after the instant, whatever day it names', () => {
    const sameDay = policy('hz', '2026-05-10', '2026-05-10T06:00:00Z');
    expect(inForce([old, sameDay], at('2026-05-10T05:00:00Z'))).toBe(old);
    expect(inForce([old, sameDay], at('2026-05-10T07:00:00Z'))).toBe(sameDay);
  });
});

describe('governingPolicy', () => {
  const markets: Array<{ code: string; scope: MarketScope }> = [
    { code: 'root', scope: { kind: 'ROOT' } },
    { code: 'zj', scope: { kind: 'REGION', regionPrefix: '33' } },
    { code: 'hz', scope: { kind: 'REGION', regionPrefix: '3301' } },
    { code: 'nb', scope: { kind: 'REGION', regionPrefix: '3302' } },
    { code: 'agri', scope: { kind: 'INDUSTRY', fieldCodes: ['08'] } },
  ];
  const root = policy('root', '1900-01-01', '2020-01-01T00:00:00Z');
  const zj = policy('zj', '2026-01-01', '2025-06-01T00:00:00Z');
  const hz = policy('hz', '2026-04-01', '2026-03-01T00:00:00Z');
  const agri = policy('agri', '2026-01-01', '2025-06-01T00:00:00Z');
  const all = [root, zj, hz, agri];
  const buyer = (regionCode: string) => ({ regionCode, fieldCodes: [] });

  it('takes the most specific market covering the subject that has a policy in force', () => {
    expect(governingPolicy(markets, all, buyer('330106'), at('2026-05-01T00:00:00Z'))).toBe(hz);
    expect(governingPolicy(markets, all, buyer('330106'), at('2026-03-15T00:00:00Z'))).toBe(zj);
    expect(governingPolicy(markets, all, buyer('330203'), at('2026-05-01T00:00:00Z'))).toBe(zj);
    expect(governingPolicy(markets, all, buyer('220102'), at('2026-05-01T00:00:00Z'))).toBe(root);
    expect(governingPolicy(markets, all, buyer('330106'), at('2025-01-01T00:00:00Z'))).toBe(root);
  });

  it('puts an industry market after the regions and before the root', () => {
    const seeds = { regionCode: '220102', fieldCodes: ['0801'] };
    expect(governingPolicy(markets, all, seeds, at('2026-05-01T00:00:00Z'))).toBe(agri);
    expect(
      governingPolicy(markets, all, { ...seeds, regionCode: '330106' }, at('2026-05-01T00:00:00Z')),
    ).toBe(hz);
  });

  it('is null when no market covering the subject has one in force', () => {
    expect(governingPolicy(markets, [hz], buyer('220102'), at('2026-05-01T00:00:00Z'))).toBeNull();
  });
});
