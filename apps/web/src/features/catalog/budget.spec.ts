import { budgetText } from './budget';

describe('budgetText', () => {
  it('shows a range, one end, or 面议', () => {
    expect(budgetText('100000.00', '500000.00')).toBe('10.00 万元 – 50.00 万元');
    expect(budgetText(null, '5000')).toBe('5,000.00 元');
    expect(budgetText(null, null)).toBe('面议');
  });
});
