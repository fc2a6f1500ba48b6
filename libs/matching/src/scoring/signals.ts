import {
  formatYuan,
  MATURITY_NAMES,
  MATURITY_ORDER,
  MODE_NAMES,
  type Maturity,
  type TransferMode,
} from './labels.js';

export type { Maturity, TransferMode } from './labels.js';

/**
 * The business signals of a match besides its text, each a value in [−1, 1] with a sentence that
 * explains it, or null when it does not count (a side left it blank, or there is nothing to say):
 * a missing signal neither helps nor hurts.
 */
export type SignalKind = 'FIELD' | 'MATURITY' | 'PRICE' | 'REGION' | 'MODE';

export interface Signal {
  readonly kind: SignalKind;
  /** −1 (speaks against the match) … 1 (speaks for it) */
  readonly value: number;
  readonly detail: string;
}

/** Names to write in the sentences; without them codes are shown. */
export interface Names {
  field?(code: string): string | undefined;
  region?(code: string): string | undefined;
}

const named = (code: string, name: string | undefined) => (name ? `${name}（${code}）` : code);
const list = (items: readonly string[]) => items.join('、');

/** Same field code: 1; same two-digit parent only: 0.5; no field in common: −0.5. */
export function fieldSignal(
  need: readonly string[],
  offer: readonly string[],
  names: Names = {},
): Signal | null {
  if (!need.length || !offer.length) return null;
  const same = need.filter((code) => offer.includes(code));
  if (same.length) {
    return {
      kind: 'FIELD',
      value: 1,
      detail: `同属领域：${list(same.map((c) => named(c, names.field?.(c))))}`,
    };
  }
  const parents = [...new Set(need.map((c) => c.slice(0, 2)))].filter((p) =>
    offer.some((c) => c.startsWith(p)),
  );
  if (parents.length) {
    return {
      kind: 'FIELD',
      value: 0.5,
      detail: `同属大类：${list(parents.map((p) => named(p, names.field?.(p))))}`,
    };
  }
  return { kind: 'FIELD', value: -0.5, detail: '领域不同' };
}

/** At or above the least maturity the need can use: 1; each stage short of it: −0.5, down to −1. */
export function maturitySignal(
  least: Maturity | null | undefined,
  offered: Maturity | null | undefined,
): Signal | null {
  if (!least || !offered) return null;
  const gap = MATURITY_ORDER.indexOf(least) - MATURITY_ORDER.indexOf(offered);
  if (gap <= 0) {
    return {
      kind: 'MATURITY',
      value: 1,
      detail: `成熟度${MATURITY_NAMES[offered]}，满足需求（至少${MATURITY_NAMES[least]}）`,
    };
  }
  return {
    kind: 'MATURITY',
    value: Math.max(-1, -0.5 * gap),
    detail: `成熟度${MATURITY_NAMES[offered]}，低于需求的${MATURITY_NAMES[least]}`,
  };
}

const amount = (money: string | null | undefined): number | null => {
  if (money === null || money === undefined || money.trim() === '') return null;
  const x = Number(money);
  return Number.isFinite(x) ? x : null;
};

/**
 * Asking price against the budget: within it 1, under its floor 0.5, over its ceiling −(share over),
 * down to −1 at twice the ceiling. A null price (面议, negotiable) or no budget says nothing.
 */
export function priceSignal(
  asking: string | null | undefined,
  budgetMin: string | null | undefined,
  budgetMax: string | null | undefined,
): Signal | null {
  const price = amount(asking);
  const min = amount(budgetMin);
  const max = amount(budgetMax);
  if (price === null || (min === null && max === null)) return null;
  const range = `${min === null ? '' : formatYuan(min)}–${max === null ? '' : formatYuan(max)}`;
  if (max !== null && price > max) {
    const over = max > 0 ? price / max - 1 : 1;
    return { kind: 'PRICE', value: -Math.min(1, over), detail: `报价${formatYuan(price)}，超出预算${range}` };
  }
  if (min !== null && price < min) {
    return { kind: 'PRICE', value: 0.5, detail: `报价${formatYuan(price)}，低于预算${range}` };
  }
  return { kind: 'PRICE', value: 1, detail: `报价${formatYuan(price)}，在预算${range}内` };
}

/** A transfer mode the need accepts: 1; none of them: −0.5. */
export function modeSignal(wanted: readonly TransferMode[], offered: readonly TransferMode[]): Signal | null {
  if (!wanted.length || !offered.length) return null;
  const common = wanted.filter((m) => offered.includes(m));
  if (common.length)
    return { kind: 'MODE', value: 1, detail: `合作方式一致：${list(common.map((m) => MODE_NAMES[m]))}` };
  return { kind: 'MODE', value: -0.5, detail: `合作方式不符：需求${list(wanted.map((m) => MODE_NAMES[m]))}` };
}

/** Same city: 1; same province: 0.5; elsewhere nothing (the market is national). GB/T 2260 codes. */
export function regionSignal(
  a: string | null | undefined,
  b: string | null | undefined,
  names: Names = {},
): Signal | null {
  if (!a || !b || !/^\d{6}$/.test(a) || !/^\d{6}$/.test(b) || a.slice(0, 2) !== b.slice(0, 2)) return null;
  const isProvince = (code: string) => code.endsWith('0000');
  if (!isProvince(a) && !isProvince(b) && a.slice(0, 4) === b.slice(0, 4)) {
    const city = `${a.slice(0, 4)}00`;
    return { kind: 'REGION', value: 1, detail: `同城：${names.region?.(city) ?? city}` };
  }
  const province = `${a.slice(0, 2)}0000`;
  return { kind: 'REGION', value: 0.5, detail: `同省：${names.region?.(province) ?? province}` };
}
