// /experts/:id: the expert, their organization, research areas and achievements.
import { useQuery } from '@apollo/client/react';
import { Descriptions, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { graphql } from '../../graphql';
import { useFieldNames } from '../../shared/field-names';
import { usePageTitle } from '../../shared/hooks';
import { QueryState } from '../../shared/QueryState';
import { useRegionName } from '../../shared/region-name';

const ExpertQuery = graphql(`
  query CatalogExpert($id: ID!) {
    expert(id: $id) {
      id
      name
      title
      bio
      regionCode
      fieldCodes
      researchAreas
      organization {
        id
        name
      }
      achievements {
        id
        title
      }
    }
  }
`);

export function ExpertDetailPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ExpertQuery, { variables: { id } });
  const fieldNames = useFieldNames();
  const regionName = useRegionName();
  const e = data?.expert;
  usePageTitle(e?.name ?? '专家详情');
  return (
    <QueryState loading={loading} error={error} empty={!e} emptyText="该专家不存在">
      {e ? (
        <article>
          <Typography.Title level={2}>{e.name}</Typography.Title>
          <Space wrap style={{ marginBottom: 16 }}>
            {e.researchAreas.map((r) => (
              <Tag key={r}>{r}</Tag>
            ))}
          </Space>
          <Descriptions bordered column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label="职称">{e.title ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="单位">{e.organization?.name ?? '独立专家'}</Descriptions.Item>
            <Descriptions.Item label="地区">{regionName(e.regionCode)}</Descriptions.Item>
            <Descriptions.Item label="领域">
              {e.fieldCodes.map((c) => fieldNames.get(c) ?? c).join('、') || '—'}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={3}>简介</Typography.Title>
          <Typography.Paragraph>{e.bio}</Typography.Paragraph>
          <Typography.Title level={3}>科技成果</Typography.Title>
          {e.achievements.length ? (
            <ul aria-label="科技成果">
              {e.achievements.map((a) => (
                <li key={a.id}>
                  <Link to={`/achievements/${a.id}`}>{a.title}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <Typography.Paragraph>暂无公开成果</Typography.Paragraph>
          )}
        </article>
      ) : null}
    </QueryState>
  );
}
