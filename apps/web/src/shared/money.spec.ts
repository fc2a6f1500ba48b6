import { fenToYuan, formatMoney, isYuan, nextValidBids, yuanToFen } from './money';

describe('money', () => {
  it('converts yuan strings to fen and back without floats', () => {
    expect(yuanToFen('123.4')).toBe(12340n);
    expect(yuanToFen('0.01')).toBe(1n);
    expect(yuanToFen('-5')).toBe(-500n);
    expect(yuanToFen('90071992547409.93')).toBe(9007199254740993n);
    expect(fenToYuan(12340n)).toBe('123.40');
    expect(fenToYuan(-7n)).toBe('-0.07');
    expect(fenToYuan(yuanToFen('0.1') + yuanToFen('0.2'))).toBe('0.30');
  });

  it('refuses what is not an amount', () => {
    expect(() => yuanToFen('1.234')).toThrow('不是有效金额');
    expect(() => yuanToFen('abc')).toThrow();
    expect(isYuan('12.5')).toBe(true);
    expect(isYuan('12.')).toBe(false);
  });

  it('shows 元 below 10,000, 万元 from 10,000 up and 面议 without a price', () => {
    expect(formatMoney('9999.5')).toBe('9,999.50 元');
    expect(formatMoney('10000')).toBe('1.00 万元');
    expect(formatMoney('450000.00')).toBe('45.00 万元');
    expect(formatMoney('123456789.00')).toBe('12,345.68 万元');
    expect(formatMoney('12345')).toBe('1.23 万元');
    expect(formatMoney('12355')).toBe('1.24 万元');
    expect(formatMoney(null)).toBe('面议');
    expect(formatMoney(undefined)).toBe('面议');
  });

  it('offers the next valid bids in fen steps', () => {
    expect(nextValidBids('100000.10', '0.20', 3)).toEqual(['100000.30', '100000.50', '100000.70']);
    expect(() => nextValidBids('1', '0')).toThrow('加价幅度');
  });
});
