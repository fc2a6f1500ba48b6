// Chinese words for the API's enums, one place for every page.

export const MATURITY_WORDS: Record<string, string> = {
  LAB: '实验室',
  PROTOTYPE: '小试样机',
  PILOT: '中试',
  SMALL_BATCH: '小批量',
  INDUSTRIALIZED: '产业化',
};

export const TRANSFER_MODE_WORDS: Record<string, string> = {
  TRANSFER: '转让',
  LICENSE: '许可',
  EQUITY: '作价入股',
  CO_DEVELOPMENT: '合作开发',
  CONSULTING: '技术咨询',
  SERVICE: '技术服务',
};

export const ORGANIZATION_KIND_WORDS: Record<string, string> = {
  ENTERPRISE: '企业',
  UNIVERSITY: '高校',
  RESEARCH_INSTITUTE: '科研院所',
  TRANSFER_INSTITUTION: '技术转移机构',
  SERVICE_PROVIDER: '服务机构',
};

export const TRADE_MODE_WORDS: Record<string, string> = {
  AUCTION: '拍卖',
  LISTING: '挂牌',
  NEGOTIATED: '协议定价',
};

export const TRADE_STATUS_WORDS: Record<string, string> = {
  SCHEDULED: '待开始',
  OPEN: '进行中',
  PUBLIC_NOTICE: '公示中',
  DEALT: '已成交',
  FAILED: '流拍',
  CANCELLED: '已取消',
};

export const ACHIEVEMENT_STATUS_WORDS: Record<string, string> = {
  DRAFT: '草稿',
  PENDING_REVIEW: '待审核',
  REJECTED: '已驳回',
  LISTED: '已发布',
  IN_TRADE: '交易中',
  DEALT: '已成交',
  WITHDRAWN: '已撤回',
};

export const PATENT_KIND_WORDS: Record<string, string> = {
  INVENTION: '发明专利',
  UTILITY_MODEL: '实用新型',
  DESIGN: '外观设计',
  SOFTWARE_COPYRIGHT: '软件著作权',
  OTHER: '其他',
};

/** The word for an enum value, or the value itself when there is none. */
export const wordOf = (words: Record<string, string>, value: string): string => words[value] ?? value;
