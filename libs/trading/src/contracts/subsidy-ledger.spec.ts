import fc from 'fast-check';
import { chinaCalendarYear } from '../rules/index.js';
import { assessInYear, chinaYearBounds, type SubsidyCase } from './subsidy-ledger.js';
import { subsidyPolicyOf } from './subsidy-policy.js';

const Y = (n: number) => BigInt(n) * 100n;
const JILIN_ENTERPRISE = { verified: true, kind: 'ENTERPRISE', regionCode: '220102' } as const;
const university = (amountYuan: number, regionCode = '220104'): SubsidyCase => ({
  sellerVerified: true,
  sellerKind: 'UNIVERSITY',
  sellerRegionCode: regionCode,
  amountFen: Y(amountYuan),
});

describe('assessInYear', () => {
  const CITY = subsidyPolicyOf({
    name: '杭州市技术交易补助',
    subsidy: {
      ratePercent: 20,
      tiers: [{ minAmount: '100000.00', cap: '300000.00' }],
      yearlyCap: '500000.00',
    },
  });

  it('assesses each contract under its own policy, and holds the current one to its policy’s yearly cap', () => {
    // 200,000 yuan: below Jilin's 300,000 threshold, above the city's 100,000
    expect(assessInYear(JILIN_ENTERPRISE, [], university(200_000))).toMatchObject({
      clause: 'BELOW_THRESHOLD',
    });
    expect(assessInYear(JILIN_ENTERPRISE, [], { ...university(200_000), policy: CITY })).toMatchObject({
      amountFen: Y(40_000),
      rule: expect.stringContaining('杭州市技术交易补助'),
    });
    // an earlier contract under Jilin's rule was granted 500,000; the city's yearly cap of 500,000 is then used up
    const earlier = university(5_000_000);
    expect(
      assessInYear(JILIN_ENTERPRISE, [earlier], { ...university(1_000_000), policy: CITY }),
    ).toMatchObject({
      eligible: false,
      clause: 'YEARLY_CAP_REACHED',
    });
    // and a city contract first grants 200,000 (20%, within its 300,000 cap) before a Jilin one
    expect(
      assessInYear(JILIN_ENTERPRISE, [{ ...university(1_000_000), policy: CITY }], university(5_000_000))
        .amountFen,
    ).toBe(Y(500_000));
  });

  it('grants 10% to a same-province enterprise buying from a university', () => {
    expect(assessInYear(JILIN_ENTERPRISE, [], university(3_000_000))).toMatchObject({
      eligible: true,
      amountFen: Y(300_000),
      clause: 'PER_CONTRACT',
    });
  });

  it('grants nothing across provinces', () => {
    expect(assessInYear(JILIN_ENTERPRISE, [], university(3_000_000, '330106'))).toMatchObject({
      eligible: false,
      amountFen: 0n,
      clause: 'OTHER_PROVINCE',
    });
  });

  it('counts earlier contracts against the yearly cap of 2,000,000', () => {
    const first = university(60_000_000); // 1,000,000 (tier cap)
    const second = university(100_000_000); // 2,000,000 alone, 1,000,000 left
    expect(assessInYear(JILIN_ENTERPRISE, [], first).amountFen).toBe(Y(1_000_000));
    expect(assessInYear(JILIN_ENTERPRISE, [first], second)).toMatchObject({
      eligible: true,
      amountFen: Y(1_000_000),
      clause: 'YEARLY_CAP',
    });
    expect(assessInYear(JILIN_ENTERPRISE, [first, second], university(3_000_000))).toMatchObject({
      eligible: false,
      amountFen: 0n,
      clause: 'YEARLY_CAP_REACHED',
    });
  });

  it('counts only what earlier contracts were granted: ineligible ones use none of the cap', () => {
    const prior = [university(100_000_000, '330106'), university(200_000)];
    expect(assessInYear(JILIN_ENTERPRISE, prior, university(100_000_000)).amountFen).toBe(Y(2_000_000));
  });

  it('never grants a year more than the cap, whatever the contracts', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: Y(200_000_000) }), { maxLength: 12 }), (amounts) => {
        const cases = amounts.map((amountFen) => ({ ...university(0), amountFen }));
        const total = cases.reduce(
          (sum, c, i) => sum + assessInYear(JILIN_ENTERPRISE, cases.slice(0, i), c).amountFen,
          0n,
        );
        expect(total <= Y(2_000_000)).toBe(true);
      }),
    );
  });
});

describe('chinaYearBounds', () => {
  it('starts the year at midnight in Beijing', () => {
    const { startMs, endMs } = chinaYearBounds(2026);
    expect(new Date(startMs).toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(new Date(endMs).toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it('agrees with chinaCalendarYear', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (atMs) => {
        const { startMs, endMs } = chinaYearBounds(chinaCalendarYear(atMs));
        expect(startMs <= atMs && atMs < endMs).toBe(true);
      }),
    );
  });
});
