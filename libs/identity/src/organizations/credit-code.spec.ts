import fc from 'fast-check';
import { checkCreditCode, creditCodeCheckChar, isValidCreditCode } from './credit-code.js';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts the reference code', () => {
    expect(isValidCreditCode('91330100716105852F')).toBe(true);
    expect(checkCreditCode(' 91330100716105852f ')).toBe('91330100716105852F');
  });

  it('refuses the reference code with any one character changed', () => {
    const code = '91330100716105852F';
    for (let i = 0; i < code.length; i++) {
      for (const c of ALPHABET) {
        if (c === code[i]) continue;
        const changed = code.slice(0, i) + c + code.slice(i + 1);
        expect(isValidCreditCode(changed)).toBe(false);
      }
    }
  });

  it.each(['', '91330100716105852', '91330100716105852FF', '9133010071610585IF', '91330100716105852O'])(
    'refuses %p',
    (code) => {
      expect(isValidCreditCode(code)).toBe(false);
      expect(() => checkCreditCode(code)).toThrow(/credit code/);
    },
  );

  it('accepts every code built with its computed check character', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { minLength: 17, maxLength: 17 }), (chars) => {
        const body = chars.join('');
        expect(isValidCreditCode(body + creditCodeCheckChar(body))).toBe(true);
      }),
    );
  });
});
