// /experts: the experts "menu", searchable by name, research area or field; query and page in the URL.
import { useQuery } from '@apollo/client/react';
import { Space, Tag, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../../graphql';
import { usePageTitle } from '../../shared/hooks';
import { Pager } from '../../shared/Pager';
import { QueryState } from '../../shared/QueryState';
import { useRegionName } from '../../shared/region-name';
import { SearchBox } from '../../shared/SearchBox';
import { readCatalogSearch, writeCatalogSearch, type CatalogSearch } from './catalog-url';

const ExpertsQuery = graphql(`
  query CatalogExperts($query: String, $first: Int, $after: String) {
    experts(query: $query, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          name
          title
          regionCode
          researchAreas
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

const href = (s: Partial<CatalogSearch>) => {
  const q = writeCatalogSearch(s).toString();
  return q ? `/experts?${q}` : '/experts';
};

export function ExpertsPage() {
  usePageTitle('专家');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const search = readCatalogSearch(params);
  const regionName = useRegionName();
  const { data, loading, error } = useQuery(ExpertsQuery, {
    variables: { query: search.q || null, first: 12, after: search.after },
  });
  const list = data?.experts;
  return (
    <section>
      <Typography.Title level={2}>专家</Typography.Title>
      <SearchBox value={search.q} placeholder="姓名、研究方向" onSearch={(q) => void navigate(href({ q }))} />
      <div style={{ marginTop: 16 }}>
        <QueryState loading={loading} error={error} empty={list?.edges.length === 0} emptyText="暂无专家">
          <ul className="tm-cards" aria-label="专家列表">
            {(list?.edges ?? []).map(({ node }) => (
              <li key={node.id}>
                <h3>
                  <Link to={`/experts/${node.id}`}>{node.name}</Link>
                </h3>
                <Space direction="vertical" size={4}>
                  <span>
                    {node.title ?? '专家'} · {node.organization?.name ?? '独立专家'}
                  </span>
                  <span>{regionName(node.regionCode)}</span>
                  <Space wrap size={[4, 4]}>
                    {node.researchAreas.map((r) => (
                      <Tag key={r}>{r}</Tag>
                    ))}
                  </Space>
                </Space>
              </li>
            ))}
          </ul>
          {list ? (
            <div style={{ marginTop: 16 }}>
              <Pager
                page={search.page}
                total={list.totalCount}
                pageInfo={list.pageInfo}
                hrefAt={(after, page) => href({ q: search.q, after, page })}
              />
            </div>
          ) : null}
        </QueryState>
      </div>
    </section>
  );
}
