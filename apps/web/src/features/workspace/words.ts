// Chinese words for the catalogue's enums: a status tag is a word (with a colour beside it, never alone).
import type {
  AchievementStatus,
  Maturity,
  NeedStatus,
  PatentKind,
  TransferMode,
} from '../../graphql/graphql';

export const ACHIEVEMENT_STATUS_WORDS: Record<AchievementStatus, string> = {
  DRAFT: '草稿',
  PENDING_REVIEW: '待审核',
  LISTED: '已上架',
  REJECTED: '未通过',
  IN_TRADE: '交易中',
  DEALT: '已成交',
  WITHDRAWN: '已撤回',
};

export const NEED_STATUS_WORDS: Record<NeedStatus, string> = {
  DRAFT: '草稿',
  PENDING_REVIEW: '待审核',
  OPEN: '征集中',
  REJECTED: '未通过',
  SOLVED: '已解决',
  CLOSED: '已关闭',
};

const COLOURS: Record<string, string> = {
  DRAFT: 'default',
  PENDING_REVIEW: 'processing',
  LISTED: 'success',
  OPEN: 'success',
  REJECTED: 'error',
  IN_TRADE: 'warning',
  DEALT: 'purple',
  SOLVED: 'purple',
  WITHDRAWN: 'default',
  CLOSED: 'default',
};

export const statusColour = (status: string): string => COLOURS[status] ?? 'default';

export const MATURITY_WORDS: Record<Maturity, string> = {
  LAB: '实验室',
  PROTOTYPE: '小试样机',
  PILOT: '中试',
  SMALL_BATCH: '小批量',
  INDUSTRIALIZED: '产业化',
};

export const TRANSFER_MODE_WORDS: Record<TransferMode, string> = {
  TRANSFER: '转让',
  LICENSE: '许可',
  EQUITY: '作价入股',
  CO_DEVELOPMENT: '合作开发',
  CONSULTING: '技术咨询',
  SERVICE: '技术服务',
};

export const PATENT_KIND_WORDS: Record<PatentKind, string> = {
  INVENTION: '发明专利',
  UTILITY_MODEL: '实用新型',
  DESIGN: '外观设计',
  SOFTWARE_COPYRIGHT: '软件著作权',
  OTHER: '其他',
};

/** What the owner may do with an item in this status (mirrors the server's lifecycle tables). */
export function allowedActions(
  kind: 'achievement' | 'need',
  status: AchievementStatus | NeedStatus,
): { edit: boolean; submit: boolean; withdraw: boolean } {
  const editable = ['DRAFT', 'REJECTED', kind === 'achievement' ? 'LISTED' : 'OPEN'];
  const withdrawable = ['DRAFT', 'PENDING_REVIEW', 'REJECTED', kind === 'achievement' ? 'LISTED' : 'OPEN'];
  return {
    edit: editable.includes(status),
    submit: status === 'DRAFT' || status === 'REJECTED',
    withdraw: withdrawable.includes(status),
  };
}

/** [{ value, label }] for a Select or Checkbox group over one of the word tables. */
export const optionsOf = <K extends string>(words: Record<K, string>) =>
  (Object.keys(words) as K[]).map((value) => ({ value, label: words[value] }));
