/** The words a person reads in a match reason: Chinese names of maturities and modes, amounts in 万/亿元. */
export type Maturity = 'LAB' | 'PROTOTYPE' | 'PILOT' | 'SMALL_BATCH' | 'INDUSTRIALIZED';
export type TransferMode = 'TRANSFER' | 'LICENSE' | 'EQUITY' | 'CO_DEVELOPMENT' | 'CONSULTING' | 'SERVICE';

export const MATURITY_ORDER: readonly Maturity[] = [
  'LAB',
  'PROTOTYPE',
  'PILOT',
  'SMALL_BATCH',
  'INDUSTRIALIZED',
];
export const MATURITY_NAMES: Readonly<Record<Maturity, string>> = {
  LAB: '实验室',
  PROTOTYPE: '小试样机',
  PILOT: '中试',
  SMALL_BATCH: '小批量',
  INDUSTRIALIZED: '产业化',
};
export const MODE_NAMES: Readonly<Record<TransferMode, string>> = {
  TRANSFER: '转让',
  LICENSE: '许可',
  EQUITY: '作价入股',
  CO_DEVELOPMENT: '合作开发',
  CONSULTING: '技术咨询',
  SERVICE: '技术服务',
};

/** Yuan as a person reads them: 800000 → 80万元, 150000000 → 1.5亿元. */
export function formatYuan(yuan: number): string {
  const trim = (x: number) => String(Math.round(x * 100) / 100);
  if (yuan >= 1e8) return `${trim(yuan / 1e8)}亿元`;
  if (yuan >= 1e4) return `${trim(yuan / 1e4)}万元`;
  return `${trim(yuan)}元`;
}
