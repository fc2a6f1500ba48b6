import { formatMoney } from '../../shared/money';

/** A need's budget range in words: "10.00 万元 – 50.00 万元", one end alone, or 面议 with neither. */
export const budgetText = (min: unknown, max: unknown): string =>
  min || max
    ? `${min ? formatMoney(min as string) : ''}${min && max ? ' – ' : ''}${max ? formatMoney(max as string) : ''}`
    : '面议';
