import { REASON_WORDS, wordsFor } from '../../shared/errors';

// every refusal the hall and the rooms can meet (libs/trading) is shown in Chinese words
const TRADING_REFUSALS = [
  'BID_TOO_LOW',
  'OFF_INCREMENT',
  'ALREADY_LEADING',
  'DEPOSIT_REQUIRED',
  'AUCTION_NOT_OPEN',
  'AUCTION_CLOSED',
  'OWN_LISTING',
  'NOT_AN_AUCTION',
  'INVALID_IDEMPOTENCY_KEY',
  'INVALID_MONEY',
  'INTENTS_CLOSED',
  'NOT_REGISTRABLE',
  'LISTING_CLOSED',
  'LISTING_NOT_OPEN',
  'MEMBERS_ONLY',
  'ORGANIZATION_UNVERIFIED',
];

describe('trading refusals in words', () => {
  it.each(TRADING_REFUSALS)('%s has Chinese words', (reason) => {
    expect(REASON_WORDS[reason]).toMatch(/[\u4e00-\u9fff]/);
    expect(wordsFor(reason, 'english message')).toBe(REASON_WORDS[reason]);
  });
});
