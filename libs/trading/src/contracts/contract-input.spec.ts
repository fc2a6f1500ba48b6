import { DomainError } from '@techmarket/shared';
import { ContractKind } from '../listings/trade.enums.js';
import { checkContractInput, type ContractInputFields } from './contract-input.js';

const SELLER = '11111111-1111-4111-8111-111111111111';
const BUYER = '22222222-2222-4222-8222-222222222222';
const input = (over: Partial<ContractInputFields> = {}): ContractInputFields => ({
  title: '  镁合金挤压工艺技术转让合同 ',
  kind: ContractKind.TRANSFER,
  amount: '3000000',
  sellerId: SELLER,
  buyerId: BUYER,
  ...over,
});
const reasonOf = (over: Partial<ContractInputFields>) => {
  try {
    checkContractInput(input(over));
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return { code: (e as DomainError).code, reason: (e as DomainError).reason };
  }
  return null;
};

describe('checkContractInput', () => {
  it('normalises a good input', () => {
    expect(checkContractInput(input())).toEqual({
      title: '镁合金挤压工艺技术转让合同',
      kind: 'TRANSFER',
      amount: '3000000.00',
      sellerId: SELLER,
      buyerId: BUYER,
      achievementId: null,
    });
  });

  it('keeps a 200-character title (counted in characters, not bytes) and refuses 201', () => {
    expect(checkContractInput(input({ title: '技'.repeat(200) })).title).toHaveLength(200);
    expect(reasonOf({ title: '技'.repeat(201) })).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'TITLE_TOO_LONG',
    });
  });

  it.each([
    ['an empty title', { title: '   ' }, 'TITLE_REQUIRED'],
    ['a zero amount', { amount: '0' }, 'INVALID_AMOUNT'],
    ['a negative amount', { amount: '-1' }, 'INVALID_MONEY'],
    ['three decimals', { amount: '1.001' }, 'INVALID_MONEY'],
    ['an unknown kind', { kind: 'GIFT' as ContractKind }, 'INVALID_KIND'],
    ['a seller that is not an id', { sellerId: 'x' }, 'INVALID_ID'],
    ['a buyer that is not an id', { buyerId: '' }, 'INVALID_ID'],
    ['an achievement that is not an id', { achievementId: '42' }, 'INVALID_ID'],
    ['the same party twice', { buyerId: SELLER.toUpperCase() }, 'SAME_PARTY'],
  ])('refuses %s', (_n, over, reason) => {
    expect(reasonOf(over as Partial<ContractInputFields>)).toEqual({ code: 'BAD_USER_INPUT', reason });
  });

  it('accepts the smallest amount and an achievement', () => {
    const achievementId = '33333333-3333-4333-8333-333333333333';
    expect(checkContractInput(input({ amount: '0.01', achievementId }))).toMatchObject({
      amount: '0.01',
      achievementId,
    });
  });
});
