import { TRADING_REASON_CODES } from './reasons.js';

describe('TRADING_REASON_CODES', () => {
  it.each([
    ['AUCTION_NOT_OPEN', 'CONFLICT'],
    ['AUCTION_CLOSED', 'CONFLICT'],
    ['ALREADY_LEADING', 'CONFLICT'],
    ['CONTRACT_NOT_SIGNED', 'CONFLICT'], // registering an unsigned contract: a step out of order
    ['NOT_YOUR_TURN', 'CONFLICT'],
    ['BID_TOO_LOW', 'BAD_USER_INPUT'],
    ['OFF_INCREMENT', 'BAD_USER_INPUT'],
    ['DEPOSIT_REQUIRED', 'FORBIDDEN'],
    ['OWN_LISTING', 'FORBIDDEN'],
  ] as const)('maps the product reason %s to %s', (reason, code) =>
    expect(TRADING_REASON_CODES[reason]).toBe(code),
  );
});
