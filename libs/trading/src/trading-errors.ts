import { DomainError } from '@techmarket/shared';
import { TRADING_REASON_CODES, type TradingRefusalReason } from './rules/index.js';

const MESSAGES: Partial<Record<TradingRefusalReason, string>> = {
  OWN_LISTING: 'a seller does not bid on or register for its own listing',
  AUCTION_NOT_OPEN: 'the auction has not started yet',
  AUCTION_CLOSED: 'the auction is closed',
  DEPOSIT_REQUIRED: 'the deposit must be confirmed before bidding',
  ALREADY_LEADING: 'you already hold the highest bid',
  BID_TOO_LOW: 'the bid must be at least the current price plus one increment',
  OFF_INCREMENT: 'the bid must be the start price plus a whole number of increments',
  INVALID_EXTENSION: 'extensionSeconds must be a whole number of seconds from 0 to 3600',
  DURATION_REQUIRED: 'a listing (挂牌) that turns into an auction needs durationSeconds of at least 1',
  DURATION_TOO_LONG: 'durationSeconds must be at most 2592000 (30 days)',
};

/** A pure rule's refusal as the domain error the API reports, with the code PRODUCT.md asks for. */
export function refusal(reason: TradingRefusalReason, details: Record<string, unknown> = {}): DomainError {
  return new DomainError(
    TRADING_REASON_CODES[reason],
    reason,
    MESSAGES[reason] ?? reason.toLowerCase().replace(/_/g, ' '),
    details,
  );
}
