// /achievements/:id: the achievement with its patents, team, owner, price (or 面议) and trade status.
import { useQuery } from '@apollo/client/react';
import { Descriptions, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { graphql } from '../../graphql';
import { useFieldNames } from '../../shared/field-names';
import { usePageTitle } from '../../shared/hooks';
import { formatMoney } from '../../shared/money';
import { QueryState } from '../../shared/QueryState';
import { useRegionName } from '../../shared/region-name';
import {
  ACHIEVEMENT_STATUS_WORDS,
  MATURITY_WORDS,
  ORGANIZATION_KIND_WORDS,
  PATENT_KIND_WORDS,
  TRANSFER_MODE_WORDS,
  wordOf,
} from '../../shared/words';
import { AchievementTrade } from './AchievementTrade';

const AchievementQuery = graphql(`
  query CatalogAchievement($id: ID!) {
    achievement(id: $id) {
      id
      title
      summary
      description
      keywords
      fieldCodes
      maturity
      transferModes
      askingPrice
      regionCode
      status
      listedAt
      owner {
        id
        name
        kind
        verified
      }
      patents {
        number
        kind
        title
      }
      team {
        id
        name
        title
      }
    }
  }
`);

export function AchievementDetailPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(AchievementQuery, { variables: { id } });
  const fieldNames = useFieldNames();
  const regionName = useRegionName();
  const a = data?.achievement;
  usePageTitle(a?.title ?? '成果详情');
  return (
    <QueryState loading={loading} error={error} empty={!a} emptyText="该成果不存在或尚未发布">
      {a ? (
        <article>
          <Typography.Title level={2}>{a.title}</Typography.Title>
          <Space wrap style={{ marginBottom: 16 }}>
            <Tag>{wordOf(ACHIEVEMENT_STATUS_WORDS, a.status)}</Tag>
            {a.keywords.map((k) => (
              <Tag key={k}>{k}</Tag>
            ))}
          </Space>
          <Typography.Paragraph>{a.summary}</Typography.Paragraph>
          {a.description ? <Typography.Paragraph>{a.description}</Typography.Paragraph> : null}
          <Descriptions bordered column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label="价格">{formatMoney(a.askingPrice as string | null)}</Descriptions.Item>
            <Descriptions.Item label="成熟度">{wordOf(MATURITY_WORDS, a.maturity)}</Descriptions.Item>
            <Descriptions.Item label="转化方式">
              {a.transferModes.map((m) => wordOf(TRANSFER_MODE_WORDS, m)).join('、')}
            </Descriptions.Item>
            <Descriptions.Item label="领域">
              {a.fieldCodes.map((c) => fieldNames.get(c) ?? c).join('、')}
            </Descriptions.Item>
            <Descriptions.Item label="地区">{regionName(a.regionCode)}</Descriptions.Item>
            <Descriptions.Item label="所有方">
              {a.owner.name}（{wordOf(ORGANIZATION_KIND_WORDS, a.owner.kind)}
              {a.owner.verified ? '，已认证' : ''}）
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={3}>交易状态</Typography.Title>
          <AchievementTrade achievementId={a.id} status={a.status} />
          <Typography.Title level={3}>专利</Typography.Title>
          {a.patents.length ? (
            <ul aria-label="专利">
              {a.patents.map((p) => (
                <li key={p.number}>
                  {p.number} · {wordOf(PATENT_KIND_WORDS, p.kind)}
                  {p.title ? ` · ${p.title}` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <Typography.Paragraph>未登记专利</Typography.Paragraph>
          )}
          <Typography.Title level={3}>团队</Typography.Title>
          {a.team.length ? (
            <ul aria-label="团队">
              {a.team.map((e) => (
                <li key={e.id}>
                  <Link to={`/experts/${e.id}`}>{e.name}</Link>
                  {e.title ? ` · ${e.title}` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <Typography.Paragraph>未登记团队成员</Typography.Paragraph>
          )}
        </article>
      ) : null}
    </QueryState>
  );
}
