import fc from 'fast-check';
import { assessSubsidy, JILIN_SUBSIDY_POLICY, type SubsidyInput } from './subsidy.js';
import { yuan } from './rules.fixtures.js';

const input = (over: Partial<SubsidyInput> = {}): SubsidyInput => ({
  buyerVerified: true,
  sellerVerified: true,
  buyerKind: 'ENTERPRISE',
  buyerRegionCode: '220100', // Changchun
  sellerKind: 'UNIVERSITY',
  sellerRegionCode: '220200', // Jilin city: same province
  amountFen: yuan(1_000_000),
  grantedThisYearFen: 0n,
  ...over,
});

describe('assessSubsidy: per-contract tiers (Jilin)', () => {
  it.each([
    ['299,999.99', yuan(300_000) - 1n, false, 0n, 'BELOW_THRESHOLD'],
    ['300,000', yuan(300_000), true, yuan(30_000), 'PER_CONTRACT'],
    [
      '4,999,999.99: 10% rounded down to the fen',
      yuan(5_000_000) - 1n,
      true,
      yuan(500_000) - 1n,
      'PER_CONTRACT',
    ],
    ['5,000,000: 10% reaches the 500,000 cap', yuan(5_000_000), true, yuan(500_000), 'PER_CONTRACT'],
    ['5,000,000.01: capped at 500,000', yuan(5_000_000) + 1n, true, yuan(500_000), 'PER_CONTRACT'],
    ['49,999,999.99: still 500,000', yuan(50_000_000) - 1n, true, yuan(500_000), 'PER_CONTRACT'],
    ['50,000,000: cap 1,000,000', yuan(50_000_000), true, yuan(1_000_000), 'PER_CONTRACT'],
    ['99,999,999.99: still 1,000,000', yuan(100_000_000) - 1n, true, yuan(1_000_000), 'PER_CONTRACT'],
    ['100,000,000: cap 2,000,000', yuan(100_000_000), true, yuan(2_000_000), 'PER_CONTRACT'],
    ['1,000,000,000: cap 2,000,000', yuan(1_000_000_000), true, yuan(2_000_000), 'PER_CONTRACT'],
  ])('%s', (_n, amountFen, eligible, subsidy, clause) => {
    expect(assessSubsidy(input({ amountFen }))).toMatchObject({ eligible, amountFen: subsidy, clause });
  });

  it('names the clause in words', () => {
    expect(assessSubsidy(input({ amountFen: yuan(50_000_000) })).rule).toContain('1,000,000 元');
    expect(assessSubsidy(input({ amountFen: yuan(1) })).rule).toContain('300,000');
  });
});

describe('assessSubsidy: the yearly cap of 2,000,000 per enterprise', () => {
  it.each([
    ['room left for the whole amount', yuan(1_500_000), yuan(300_000), true, yuan(30_000), 'PER_CONTRACT'],
    ['exactly the remainder', yuan(1_500_000), yuan(5_000_000), true, yuan(500_000), 'PER_CONTRACT'],
    ['only the remainder', yuan(1_800_000), yuan(5_000_000), true, yuan(200_000), 'YEARLY_CAP'],
    ['one fen left', yuan(2_000_000) - 1n, yuan(300_000), true, 1n, 'YEARLY_CAP'],
    ['used up', yuan(2_000_000), yuan(300_000), false, 0n, 'YEARLY_CAP_REACHED'],
    [
      'a big contract after a small one',
      yuan(30_000),
      yuan(100_000_000),
      true,
      yuan(1_970_000),
      'YEARLY_CAP',
    ],
  ])('%s', (_n, grantedThisYearFen, amountFen, eligible, subsidy, clause) => {
    expect(assessSubsidy(input({ grantedThisYearFen, amountFen }))).toMatchObject({
      eligible,
      amountFen: subsidy,
      clause,
    });
  });
});

describe('assessSubsidy: who qualifies', () => {
  it.each([
    ['a research institute seller', { sellerKind: 'RESEARCH_INSTITUTE' }, true, 'PER_CONTRACT'],
    ['a university buyer', { buyerKind: 'UNIVERSITY' }, false, 'BUYER_NOT_ENTERPRISE'],
    ['an unverified buyer', { buyerVerified: false }, false, 'ORGANIZATION_UNVERIFIED'],
    ['an unverified seller', { sellerVerified: false }, false, 'ORGANIZATION_UNVERIFIED'],
    ['an enterprise seller', { sellerKind: 'ENTERPRISE' }, false, 'SELLER_NOT_ACADEMIC'],
    ['a transfer institution seller', { sellerKind: 'TRANSFER_INSTITUTION' }, false, 'SELLER_NOT_ACADEMIC'],
    ['a seller in Zhejiang', { sellerRegionCode: '330100' }, false, 'OTHER_PROVINCE'],
    ['the province code itself', { sellerRegionCode: '220000' }, true, 'PER_CONTRACT'],
    ['a malformed region code', { buyerRegionCode: '2201' }, false, 'REGION_UNKNOWN'],
  ] as const)('%s', (_n, over, eligible, clause) => {
    expect(assessSubsidy(input(over))).toMatchObject({ eligible, clause });
  });
});

describe('assessSubsidy: properties', () => {
  const arb = fc.record({
    amount: fc.bigInt(0n, yuan(2_000_000_000)),
    granted: fc.bigInt(0n, yuan(2_500_000)),
  });
  it('never exceeds 10%, the tier cap or the year’s remainder; never decreases as the amount grows', () => {
    fc.assert(
      fc.property(arb, fc.bigInt(0n, yuan(10_000_000)), ({ amount, granted }, more) => {
        const a = assessSubsidy(input({ amountFen: amount, grantedThisYearFen: granted }));
        expect(a.amountFen * 10n <= amount).toBe(true);
        expect(a.amountFen <= yuan(2_000_000)).toBe(true);
        expect(
          a.amountFen + (granted < JILIN_SUBSIDY_POLICY.yearlyCapFen ? granted : 0n) <=
            JILIN_SUBSIDY_POLICY.yearlyCapFen,
        ).toBe(true);
        expect(a.eligible).toBe(a.amountFen > 0n);
        const b = assessSubsidy(input({ amountFen: amount + more, grantedThisYearFen: granted }));
        expect(b.amountFen >= a.amountFen).toBe(true);
      }),
    );
  });
});
