import { registerContract, signContract, type ContractState } from './contract-lifecycle.js';
import { T0 } from './rules.fixtures.js';

const draft: ContractState = {
  status: 'DRAFT',
  sellerOrgId: 's',
  buyerOrgId: 'b',
  sellerSignedAtMs: null,
  buyerSignedAtMs: null,
};

describe('signContract', () => {
  it('stays DRAFT after one signature and becomes SIGNED after both', () => {
    const one = signContract(draft, 's', T0);
    expect(one).toEqual({ ok: true, status: 'DRAFT', sellerSignedAtMs: T0, buyerSignedAtMs: null });
    const both = signContract({ ...draft, sellerSignedAtMs: T0 }, 'b', T0 + 5);
    expect(both).toEqual({ ok: true, status: 'SIGNED', sellerSignedAtMs: T0, buyerSignedAtMs: T0 + 5 });
  });
  it.each([
    ['an outsider', draft, 'x', 'NOT_A_PARTY'],
    ['the seller twice', { ...draft, sellerSignedAtMs: T0 }, 's', 'ALREADY_SIGNED'],
    ['after registration', { ...draft, status: 'REGISTERED' as const }, 's', 'CONTRACT_REGISTERED'],
  ])('refuses %s', (_n, contract, actor, reason) =>
    expect(signContract(contract, actor, T0)).toEqual({ ok: false, reason }),
  );
});

describe('registerContract', () => {
  it.each([
    ['DRAFT', { ok: false, reason: 'CONTRACT_NOT_SIGNED' }],
    ['SIGNED', { ok: true, status: 'REGISTERED' }],
    ['REGISTERED', { ok: false, reason: 'CONTRACT_REGISTERED' }],
  ] as const)('%s → %p', (status, expected) => expect(registerContract({ status })).toEqual(expected));
});
