// Every server refusal is shown in words by its extensions.reason. Add a reason's words here when a page
// meets it; an unknown reason falls back to the server's message.

export const REASON_WORDS: Record<string, string> = {
  AUTH_REQUIRED: '请先登录',
  INVALID_TOKEN: '登录已过期，请重新登录',
  INVALID_CREDENTIALS: '邮箱或密码错误',
  RATE_LIMITED: '尝试次数过多，请稍后再试',
  EMAIL_TAKEN: '该邮箱已注册',
  INVALID_CREDIT_CODE: '统一社会信用代码无效',
  INVALID_REGION_CODE: '所在地区无效',
  REGION_REQUIRED: '请选择所在地区',
  MEMBERS_ONLY: '仅限会员操作',
  OPERATOR_ONLY: '仅限运营人员操作',
  NOT_OWNER: '只能操作自己的内容',
  NO_ORGANIZATION: '需先加入机构',
  TITLE_REQUIRED: '请填写标题',
  TITLE_TOO_LONG: '标题过长',
  SUMMARY_REQUIRED: '请填写摘要',
  SUMMARY_TOO_LONG: '摘要过长',
  TOO_MANY_KEYWORDS: '关键词过多',
  FIELD_REQUIRED: '请选择领域',
  INVALID_FIELD_CODE: '领域无效',
  TRANSFER_MODE_REQUIRED: '请选择转化方式',
  COOPERATION_MODE_REQUIRED: '请选择合作方式',
  DUPLICATE_PATENT: '该专利号已登记',
  COMMENT_REQUIRED: '请填写审核意见',
  INVALID_AMOUNT: '金额无效',
  INVALID_MONEY: '金额无效：不能为负，最多两位小数',
  INVALID_PATENT_NUMBER: '专利号无效（格式或校验位不符）',
  KEYWORD_TOO_LONG: '关键词过长（每个最多 50 字）',
  DESCRIPTION_REQUIRED: '请填写需求描述',
  DESCRIPTION_TOO_LONG: '描述过长',
  TEAM_TOO_LARGE: '团队成员过多',
  EXPERT_NOT_FOUND: '所选专家不存在',
  EXPERT_NOT_IN_ORGANIZATION: '团队成员须为本机构的专家',
  ORGANIZATION_UNVERIFIED: '机构尚未通过平台认证，认证后才能提交审核和交易',
  ACHIEVEMENT_NOT_FOUND: '没有找到这项成果',
  NEED_NOT_FOUND: '没有找到这项需求',
  ORGANIZATION_NOT_FOUND: '没有找到这家机构',
  INVALID_DATE: '日期无效',
  REWARD_REQUIRED: '请填写悬赏金额',
  DEADLINE_REQUIRED: '请填写截止时间',
  SUBMISSION_AFTER_DEADLINE: '方案截止时间不能晚于需求截止时间',
  BUDGET_RANGE: '预算范围无效',
  BID_TOO_LOW: '出价低于当前价加一个加价幅度',
  AUCTION_CLOSED: '拍卖已结束',
  DEPOSIT_REQUIRED: '需先缴纳保证金',
  DEPOSIT_NOT_PENDING: '保证金不在待确认状态',
  LISTING_CLOSED: '挂牌已结束',
  OWN_LISTING: '不能参与自己的挂牌',
  OWN_ITEM: '不能对自己的内容操作',
  NOT_A_PARTY: '您不是交易当事方',
  DEADLINE_PASSED: '已过截止时间',
  ENDS_IN_PAST: '结束时间已过',
  STATUS_CHANGED: '状态已变化，请刷新后重试',
  INVALID_STATUS: '当前状态不允许该操作',
  INVALID_ID: '编号无效',
  ALREADY_EXISTS: '已存在',
  SERVICE_UNAVAILABLE: '服务暂不可用，请稍后再试',
  NETWORK: '网络连接失败，请检查网络后重试',
  // trading: the auction room and registrations
  OFF_INCREMENT: '出价须为起拍价加整数个加价幅度',
  ALREADY_LEADING: '您已是当前最高出价者',
  AUCTION_NOT_OPEN: '拍卖尚未开始',
  NOT_AN_AUCTION: '该交易不接受出价',
  INVALID_IDEMPOTENCY_KEY: '出价请求无效，请刷新后重试',
  INTENTS_CLOSED: '报名已截止',
  NOT_REGISTRABLE: '协议交易无需报名，请直接报价',
  LISTING_NOT_OPEN: '挂牌尚未开始或已结束',
};

export interface ErrorIssue {
  /** extensions.reason, or 'NETWORK' when no answer came */
  reason: string | null;
  /** extensions.code (BAD_USER_INPUT, UNAUTHENTICATED...) */
  code: string | null;
  /** the input field the server named (extensions.field), if any */
  field: string | null;
  words: string;
}

interface GraphQLErrorLike {
  message?: unknown;
  extensions?: Record<string, unknown> | null;
}

const asString = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

export function wordsFor(reason: string | null, message?: string | null): string {
  return (reason && REASON_WORDS[reason]) || message || '操作失败，请稍后再试';
}

function issueOf(e: GraphQLErrorLike): ErrorIssue {
  const reason = asString(e.extensions?.reason);
  return {
    reason,
    code: asString(e.extensions?.code),
    field: asString(e.extensions?.field),
    words: wordsFor(reason, asString(e.message)),
  };
}

/**
 * The issues inside whatever a query or mutation failed with: Apollo's CombinedGraphQLErrors (.errors),
 * a GraphQL error list, or a network failure.
 */
export function errorIssues(error: unknown): ErrorIssue[] {
  if (!error) return [];
  if (Array.isArray(error)) return (error as GraphQLErrorLike[]).map(issueOf);
  const list = (error as { errors?: unknown }).errors;
  if (Array.isArray(list) && list.length) return (list as GraphQLErrorLike[]).map(issueOf);
  const name = (error as { name?: unknown }).name;
  if (name === 'ServerError' || name === 'ServerParseError' || error instanceof TypeError)
    return [{ reason: 'NETWORK', code: null, field: null, words: REASON_WORDS.NETWORK! }];
  return [issueOf(error as GraphQLErrorLike)];
}

/** True when the server says the caller is not (or no longer) signed in. */
export const isUnauthenticated = (error: unknown): boolean =>
  errorIssues(error).some((i) => i.code === 'UNAUTHENTICATED');

/**
 * Which form field each issue concerns, for `form.setFields`: by the server's extensions.field, else by
 * the page's reason → field map; issues with no field are returned under `rest` for an <ErrorNotice>.
 */
export function fieldErrors(
  error: unknown,
  fieldOfReason: Record<string, string> = {},
): { fields: Array<{ name: string; errors: string[] }>; rest: ErrorIssue[] } {
  const byField = new Map<string, string[]>();
  const rest: ErrorIssue[] = [];
  for (const issue of errorIssues(error)) {
    const name = (issue.reason && fieldOfReason[issue.reason]) || issue.field;
    if (name) byField.set(name, [...(byField.get(name) ?? []), issue.words]);
    else rest.push(issue);
  }
  return { fields: [...byField].map(([name, errors]) => ({ name, errors })), rest };
}
