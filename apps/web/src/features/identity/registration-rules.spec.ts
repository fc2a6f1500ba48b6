import { creditCodeCheckChar, creditCodeProblem, emailProblem, passwordProblem } from './registration-rules';

describe('registration rules, as the server checks them', () => {
  it('accepts a code whose 18th character is the GB 32100 check digit', () => {
    // 91350100M000100Y43: a published example code
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
    expect(creditCodeProblem(' 91350100m000100y43 ')).toBeNull();
  });

  it('refuses a wrong check digit, a wrong length and letters outside the set, each with its reason', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toBe('统一社会信用代码校验位不正确');
    expect(creditCodeProblem('91350100M000100Y4')).toContain('18 位');
    expect(creditCodeProblem('91350100M000100I43')).toContain('无效字符');
    expect(creditCodeProblem('')).toBe('请输入统一社会信用代码');
  });

  it('checks the password length and the email form', () => {
    expect(passwordProblem('1234567')).toBe('密码至少 8 位');
    expect(passwordProblem('12345678')).toBeNull();
    expect(passwordProblem('x'.repeat(129))).toBe('密码最多 128 位');
    expect(emailProblem('a@b.cn')).toBeNull();
    expect(emailProblem('a@b')).toBe('请输入有效的邮箱');
    expect(emailProblem('a b@c.cn')).toBe('请输入有效的邮箱');
  });
});
