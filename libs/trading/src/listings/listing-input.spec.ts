import { DomainError } from '@techmarket/shared';
import { checkListingInput } from './listing-input.js';
import type { TradeListingInput } from './trade-listing.model.js';
import { TradeMode } from './trade.enums.js';

const now = new Date('2026-06-01T00:00:00Z');
const DAY = 86_400_000;
const negotiated = (over: Partial<TradeListingInput> = {}) =>
  ({
    achievementId: '00000000-0000-4000-8000-000000000000',
    mode: TradeMode.NEGOTIATED,
    terms: 'LICENSE',
    listPrice: '800000',
    endsAt: new Date(now.getTime() + 30 * DAY),
    ...over,
  }) as unknown as TradeListingInput;
const reasonOf = (input: TradeListingInput) => {
  try {
    checkListingInput(input, now);
    return 'accepted';
  } catch (err) {
    return err instanceof DomainError ? err.reason : String(err);
  }
};

describe('checkListingInput: how far ahead', () => {
  it('takes an end up to 366 days ahead', () => {
    expect(reasonOf(negotiated({ endsAt: new Date(now.getTime() + 366 * DAY) }))).toBe('accepted');
  });

  it.each([
    ['an end', { endsAt: new Date(now.getTime() + 367 * DAY) }],
    [
      'a start',
      { startsAt: new Date(now.getTime() + 400 * DAY), endsAt: new Date(now.getTime() + 401 * DAY) },
    ],
    ['an end in year 9999', { endsAt: new Date('9999-12-31T00:00:00Z') }],
  ])('refuses %s more than 366 days ahead with TOO_FAR_AHEAD', (_what, over) => {
    expect(reasonOf(negotiated(over as Partial<TradeListingInput>))).toBe('TOO_FAR_AHEAD');
  });
});
