import { conflict, DomainError } from './domain-error.js';

describe('DomainError', () => {
  it('carries its code, reason and details but no stack frames, and leaves the stack limit as it was', () => {
    const before = Error.stackTraceLimit;
    const err = conflict('BID_TOO_LOW', 'too low', { minimum: '1.00' });
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toBeInstanceOf(Error);
    expect([err.code, err.reason, err.message, err.details]).toEqual([
      'CONFLICT',
      'BID_TOO_LOW',
      'too low',
      { minimum: '1.00' },
    ]);
    expect(err.stack).not.toMatch(/\n\s+at /);
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('x').stack).toMatch(/\n\s+at /);
  });
});
