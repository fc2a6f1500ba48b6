// /needs/:id: the need, its budget, and the challenge's reward and deadline when it is one.
import { useQuery } from '@apollo/client/react';
import { Alert, Descriptions, Space, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { graphql } from '../../graphql';
import { useFieldNames } from '../../shared/field-names';
import { useCountdown, usePageTitle } from '../../shared/hooks';
import { formatMoney } from '../../shared/money';
import { QueryState } from '../../shared/QueryState';
import { useRegionName } from '../../shared/region-name';
import { formatBeijing, formatCountdown } from '../../shared/time';
import { MATURITY_WORDS, TRANSFER_MODE_WORDS, wordOf } from '../../shared/words';
import { budgetText } from './budget';

const NeedQuery = graphql(`
  query CatalogNeed($id: ID!) {
    need(id: $id) {
      id
      title
      description
      keywords
      fieldCodes
      cooperationModes
      minMaturity
      budgetMin
      budgetMax
      regionCode
      deadline
      status
      owner {
        id
        name
      }
      challenge {
        reward
        submissionDeadline
        proposalCount
      }
    }
  }
`);

function ChallengeNotice({
  reward,
  deadline,
  proposals,
}: {
  reward: string;
  deadline: string;
  proposals: number;
}) {
  const left = useCountdown(deadline);
  return (
    <Alert
      type="warning"
      showIcon
      message={`揭榜挂帅 · 悬赏 ${formatMoney(reward)}`}
      description={
        <Descriptions size="small" column={1}>
          <Descriptions.Item label="悬赏金额">{formatMoney(reward)}</Descriptions.Item>
          <Descriptions.Item label="揭榜截止">
            {formatBeijing(deadline)}（{left.ended ? '已截止' : `剩余 ${formatCountdown(left)}`}）
          </Descriptions.Item>
          <Descriptions.Item label="已收方案">{proposals} 份</Descriptions.Item>
        </Descriptions>
      }
      style={{ marginBottom: 16 }}
    />
  );
}

export function NeedDetailPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(NeedQuery, { variables: { id } });
  const fieldNames = useFieldNames();
  const regionName = useRegionName();
  const n = data?.need;
  usePageTitle(n?.title ?? '需求详情');
  return (
    <QueryState loading={loading} error={error} empty={!n} emptyText="该需求不存在或尚未发布">
      {n ? (
        <article>
          <Typography.Title level={2}>{n.title}</Typography.Title>
          <Space wrap style={{ marginBottom: 16 }}>
            {n.keywords.map((k) => (
              <Tag key={k}>{k}</Tag>
            ))}
          </Space>
          {n.challenge ? (
            <ChallengeNotice
              reward={n.challenge.reward as string}
              deadline={n.challenge.submissionDeadline as string}
              proposals={n.challenge.proposalCount}
            />
          ) : null}
          <Typography.Paragraph>{n.description}</Typography.Paragraph>
          <Descriptions bordered column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label="预算">{budgetText(n.budgetMin, n.budgetMax)}</Descriptions.Item>
            <Descriptions.Item label="合作方式">
              {n.cooperationModes.map((m) => wordOf(TRANSFER_MODE_WORDS, m)).join('、')}
            </Descriptions.Item>
            <Descriptions.Item label="最低成熟度">
              {n.minMaturity ? wordOf(MATURITY_WORDS, n.minMaturity) : '不限'}
            </Descriptions.Item>
            <Descriptions.Item label="领域">
              {n.fieldCodes.map((c) => fieldNames.get(c) ?? c).join('、')}
            </Descriptions.Item>
            <Descriptions.Item label="地区">{regionName(n.regionCode)}</Descriptions.Item>
            <Descriptions.Item label="需求方">{n.owner.name}</Descriptions.Item>
            <Descriptions.Item label="截止日期">
              {n.deadline ? formatBeijing(n.deadline as string) : '长期有效'}
            </Descriptions.Item>
          </Descriptions>
        </article>
      ) : null}
    </QueryState>
  );
}
