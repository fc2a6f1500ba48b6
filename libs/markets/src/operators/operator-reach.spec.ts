import type { AuthUser, MarketScope } from '@techmarket/shared';
import { mayOperate, requireOperatorReach } from './operator-reach.js';

const root: AuthUser = { id: 'r', role: 'OPERATOR', organizationId: null };
const scoped = (...scopes: MarketScope[]): AuthUser => ({
  id: 'm',
  role: 'MARKET_OPERATOR',
  organizationId: null,
  scopes,
});
const member: AuthUser = { id: 'u', role: 'MEMBER', organizationId: 'o' };

const HANGZHOU: MarketScope = { kind: 'REGION', regionPrefix: '3301' };
const ZHEJIANG: MarketScope = { kind: 'REGION', regionPrefix: '33' };
const AGRICULTURE: MarketScope = { kind: 'INDUSTRY', fieldCodes: ['08'] };

const westLake = { regionCode: '330106', fieldCodes: ['0101'] };
const ningbo = { regionCode: '330203', fieldCodes: ['0101'] };
const seeds = { regionCode: '220102', fieldCodes: ['0801'] };

describe('mayOperate', () => {
  it('lets a root operator act on anything', () => {
    expect(mayOperate(root, [ningbo])).toBe(true);
    expect(mayOperate(root, [])).toBe(true);
  });

  it('lets a market operator act inside its region, a province covering its cities and counties', () => {
    expect(mayOperate(scoped(HANGZHOU), [westLake])).toBe(true);
    expect(mayOperate(scoped(HANGZHOU), [ningbo])).toBe(false);
    expect(mayOperate(scoped(ZHEJIANG), [ningbo])).toBe(true);
  });

  it('reads an industry market from the item’s fields, at any level under the market’s codes', () => {
    expect(mayOperate(scoped(AGRICULTURE), [seeds])).toBe(true);
    expect(mayOperate(scoped(AGRICULTURE), [westLake])).toBe(false);
    expect(
      mayOperate(scoped({ kind: 'INDUSTRY', fieldCodes: ['0801'] }), [{ ...seeds, fieldCodes: ['08'] }]),
    ).toBe(false);
  });

  it('covers something about several items when one of them is inside', () => {
    expect(mayOperate(scoped(HANGZHOU), [ningbo, westLake])).toBe(true);
    expect(mayOperate(scoped(HANGZHOU, AGRICULTURE), [ningbo, seeds])).toBe(true);
  });

  it('never lets a member, a visitor or a market operator without markets act', () => {
    expect(mayOperate(member, [westLake])).toBe(false);
    expect(mayOperate(null, [westLake])).toBe(false);
    expect(mayOperate(scoped(), [westLake])).toBe(false);
    expect(mayOperate({ ...scoped(HANGZHOU), scopes: undefined }, [westLake])).toBe(false);
  });

  it('does not read an item without a region into a region market', () => {
    expect(mayOperate(scoped(ZHEJIANG), [{ regionCode: null, fieldCodes: [] }])).toBe(false);
  });
});

describe('requireOperatorReach', () => {
  const reason = (f: () => void) => {
    try {
      f();
      return null;
    } catch (e) {
      return (e as { code: string; reason: string }).code + ':' + (e as { reason: string }).reason;
    }
  };

  it('names why: not an operator, or outside the operator’s markets', () => {
    expect(reason(() => requireOperatorReach(member, [westLake], 'review'))).toBe('FORBIDDEN:OPERATOR_ONLY');
    expect(reason(() => requireOperatorReach(scoped(HANGZHOU), [ningbo], 'review'))).toBe(
      'FORBIDDEN:OUTSIDE_MARKET',
    );
    expect(reason(() => requireOperatorReach(scoped(HANGZHOU), [westLake], 'review'))).toBeNull();
  });
});
