import { checkDay, checkPolicyTerms } from './policy-terms.js';

const reason = (f: () => unknown) => {
  try {
    f();
    return null;
  } catch (e) {
    return (e as { reason: string }).reason;
  }
};

const SUBSIDY = {
  ratePercent: 15,
  tiers: [
    { minAmount: '100000', cap: '300000' },
    { minAmount: '10000000', cap: '800000.50' },
  ],
  yearlyCap: '1500000',
};

describe('policy terms', () => {
  it('takes subsidy terms or broker points terms, normalised', () => {
    expect(checkPolicyTerms({ subsidy: SUBSIDY })).toEqual({
      kind: 'SUBSIDY',
      subsidy: {
        ratePercent: 15,
        tiers: [
          { minAmount: '100000.00', cap: '300000.00' },
          { minAmount: '10000000.00', cap: '800000.50' },
        ],
        yearlyCap: '1500000.00',
      },
    });
    expect(
      checkPolicyTerms({ brokerPoints: { dockingAccepted: 5, deal: 20, contractRegistered: 40 } }),
    ).toEqual({
      kind: 'BROKER_POINTS',
      brokerPoints: { dockingAccepted: 5, deal: 20, contractRegistered: 40 },
    });
  });

  it('refuses both kinds or neither, and terms out of bounds', () => {
    expect(reason(() => checkPolicyTerms({}))).toBe('POLICY_TERMS_REQUIRED');
    expect(
      reason(() =>
        checkPolicyTerms({
          subsidy: SUBSIDY,
          brokerPoints: { dockingAccepted: 1, deal: 1, contractRegistered: 1 },
        }),
      ),
    ).toBe('POLICY_TERMS_REQUIRED');
    expect(reason(() => checkPolicyTerms({ subsidy: { ...SUBSIDY, ratePercent: 0 } }))).toBe(
      'INVALID_POLICY_TERMS',
    );
    expect(reason(() => checkPolicyTerms({ subsidy: { ...SUBSIDY, ratePercent: 12.5 } }))).toBe(
      'INVALID_POLICY_TERMS',
    );
    expect(reason(() => checkPolicyTerms({ subsidy: { ...SUBSIDY, tiers: [] } }))).toBe(
      'INVALID_POLICY_TERMS',
    );
    expect(
      reason(() => checkPolicyTerms({ subsidy: { ...SUBSIDY, tiers: [...SUBSIDY.tiers].reverse() } })),
    ).toBe('INVALID_POLICY_TERMS');
    expect(
      reason(() => checkPolicyTerms({ subsidy: { ...SUBSIDY, tiers: [{ minAmount: '1', cap: '0' }] } })),
    ).toBe('INVALID_POLICY_TERMS');
    expect(reason(() => checkPolicyTerms({ subsidy: { ...SUBSIDY, yearlyCap: '-1' } }))).toBe(
      'INVALID_MONEY',
    );
    expect(
      reason(() =>
        checkPolicyTerms({ brokerPoints: { dockingAccepted: -1, deal: 1, contractRegistered: 1 } }),
      ),
    ).toBe('INVALID_POLICY_TERMS');
  });

  it('reads a day that exists, and nothing else', () => {
    expect(checkDay('2026-02-28')).toBe('2026-02-28');
    expect(reason(() => checkDay('2026-02-30'))).toBe('INVALID_DATE');
    expect(reason(() => checkDay('2026-2-3'))).toBe('INVALID_DATE');
  });
});
