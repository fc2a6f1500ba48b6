import { moneyInputProblem, moneyInputToYuan, yuanToMoneyInput } from './money-input';

describe('money typed in 元 or 万元', () => {
  it('sends yuan strings, 万元 times ten thousand, empty as 面议 (null)', () => {
    expect(moneyInputToYuan('45', '万元')).toBe('450000.00');
    expect(moneyInputToYuan('1.234567', '万元')).toBe('12345.67');
    expect(moneyInputToYuan('9999.5', '元')).toBe('9999.50');
    expect(moneyInputToYuan(' 0 ', '元')).toBe('0.00');
    expect(moneyInputToYuan('', '万元')).toBeNull();
    expect(moneyInputToYuan(undefined, '元')).toBeNull();
  });

  it('refuses in words what the server would refuse', () => {
    expect(moneyInputProblem('-1', '元')).toBe('金额不能为负数');
    expect(moneyInputProblem('abc', '元')).toBe('请输入数字金额');
    expect(moneyInputProblem('1.234', '元')).toContain('两位小数');
    expect(moneyInputProblem('1.2345678', '万元')).toContain('六位小数');
    expect(moneyInputProblem('1.234567', '万元')).toBeNull();
    expect(moneyInputProblem('9999999999999999.99', '元')).toBeNull();
    expect(moneyInputProblem('10000000000000000', '元')).toBe('金额过大');
    expect(moneyInputProblem('1000000000000', '万元')).toBe('金额过大');
    expect(() => moneyInputToYuan('1e5', '元')).toThrow('请输入数字金额');
  });

  it('shows an amount from the API in 万元 from ten thousand up, in 元 below', () => {
    expect(yuanToMoneyInput('450000.00')).toEqual({ amount: '45', unit: '万元' });
    expect(yuanToMoneyInput('12345.67')).toEqual({ amount: '1.234567', unit: '万元' });
    expect(yuanToMoneyInput('9999.50')).toEqual({ amount: '9999.5', unit: '元' });
    expect(yuanToMoneyInput(null)).toEqual({ amount: '', unit: '万元' });
    for (const y of ['450000.00', '12345.67', '9999.50', '0.01'])
      expect(moneyInputToYuan(yuanToMoneyInput(y).amount, yuanToMoneyInput(y).unit)).toBe(y);
  });
});
