// Chinese words for the trading enums (as the API names them).

export const MODE_WORDS: Record<string, string> = {
  AUCTION: '拍卖',
  LISTING: '挂牌',
  NEGOTIATED: '协议',
};

export const STATUS_WORDS: Record<string, string> = {
  SCHEDULED: '未开始',
  OPEN: '进行中',
  PUBLIC_NOTICE: '公示中',
  DEALT: '已成交',
  FAILED: '流拍',
  CANCELLED: '已撤销',
};

export const DEPOSIT_WORDS: Record<string, string> = {
  PENDING: '待确认',
  PAID: '已缴纳',
  APPLIED: '已抵作价款',
  REFUNDED: '已退还',
  FORFEITED: '不予退还',
};

export const TERMS_WORDS: Record<string, string> = {
  TRANSFER: '转让',
  LICENSE: '许可',
  EQUITY: '作价入股',
  CO_DEVELOPMENT: '合作开发',
  CONSULTING: '技术咨询',
  SERVICE: '技术服务',
};

export const wordOf = (words: Record<string, string>, key: string | null | undefined): string =>
  (key && words[key]) || key || '';
