import { DomainError } from '@techmarket/shared';
import { checkProposalInput, type ProposalInputFields } from './proposal-input.js';

const E1 = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const E2 = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const input = (over: Partial<ProposalInputFields> = {}): ProposalInputFields => ({
  summary: ' 采用梯度烧结工艺，六个月完成中试 ',
  price: '800000',
  durationDays: 180,
  ...over,
});
const reasonOf = (over: Partial<ProposalInputFields>) => {
  try {
    checkProposalInput(input(over));
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return (e as DomainError).reason;
  }
  return null;
};

describe('checkProposalInput', () => {
  it('normalises a good proposal and de-duplicates the team, keeping its order', () => {
    expect(checkProposalInput(input({ expertIds: [E2, E1, E2.toUpperCase()] }))).toEqual({
      summary: '采用梯度烧结工艺，六个月完成中试',
      price: '800000.00',
      durationDays: 180,
      expertIds: [E2, E1],
    });
    expect(checkProposalInput(input()).expertIds).toEqual([]);
  });

  it('takes the bounds: 1 and 3650 days, 2000 characters', () => {
    expect(checkProposalInput(input({ durationDays: 1 })).durationDays).toBe(1);
    expect(checkProposalInput(input({ durationDays: 3650 })).durationDays).toBe(3650);
    expect(checkProposalInput(input({ summary: '案'.repeat(2000) })).summary).toHaveLength(2000);
  });

  it.each([
    ['an empty summary', { summary: ' ' }, 'SUMMARY_REQUIRED'],
    ['a summary of 2001 characters', { summary: '案'.repeat(2001) }, 'SUMMARY_TOO_LONG'],
    ['a zero price', { price: '0.00' }, 'INVALID_AMOUNT'],
    ['a malformed price', { price: '1e6' }, 'INVALID_MONEY'],
    ['zero days', { durationDays: 0 }, 'INVALID_DURATION'],
    ['3651 days', { durationDays: 3651 }, 'INVALID_DURATION'],
    ['half a day', { durationDays: 1.5 }, 'INVALID_DURATION'],
    ['an expert id that is not an id', { expertIds: ['nope'] }, 'INVALID_ID'],
  ])('refuses %s', (_n, over, reason) => {
    expect(reasonOf(over as Partial<ProposalInputFields>)).toBe(reason);
  });
});
