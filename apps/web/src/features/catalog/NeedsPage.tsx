// /needs: open needs and challenges, searchable, with 只看悬赏; the query and page live in the URL.
import { useQuery } from '@apollo/client/react';
import { Checkbox, Space, Tag, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../../shared/hooks';
import { formatMoney } from '../../shared/money';
import { Pager } from '../../shared/Pager';
import { QueryState } from '../../shared/QueryState';
import { useRegionName } from '../../shared/region-name';
import { SearchBox } from '../../shared/SearchBox';
import { formatBeijing } from '../../shared/time';
import { budgetText } from './budget';
import { NeedsQuery, needsVariables, onlyChallenges } from './catalog-queries';
import { readCatalogSearch, writeCatalogSearch, type CatalogSearch } from './catalog-url';

const href = (s: Partial<CatalogSearch>, challenges: boolean) => {
  const params = writeCatalogSearch(s);
  if (challenges) params.set('challenges', '1');
  const q = params.toString();
  return q ? `/needs?${q}` : '/needs';
};

export function NeedsPage() {
  usePageTitle('技术需求');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const search = readCatalogSearch(params);
  const challenges = onlyChallenges(params);
  const regionName = useRegionName();
  const { data, loading, error } = useQuery(NeedsQuery, { variables: needsVariables(search, challenges) });

  const list = data?.needs;
  return (
    <section>
      <Typography.Title level={2}>技术需求</Typography.Title>
      <Space direction="vertical" style={{ width: '100%' }}>
        <SearchBox value={search.q} onSearch={(q) => void navigate(href({ q }, challenges))} />
        <Checkbox
          checked={challenges}
          onChange={(e) => void navigate(href({ q: search.q }, e.target.checked))}
        >
          只看悬赏（揭榜挂帅）
        </Checkbox>
      </Space>
      <QueryState
        loading={loading}
        error={error}
        empty={list?.edges.length === 0}
        emptyText={search.q ? `没有找到与“${search.q}”相关的需求` : '暂无需求'}
      >
        <ul className="tm-results" aria-label="需求列表">
          {(list?.edges ?? []).map(({ node }) => (
            <li key={node.id}>
              <h3>
                <Link to={`/needs/${node.id}`}>{node.title}</Link>
              </h3>
              <Space direction="vertical" size={4}>
                <p className="tm-summary">{node.description}</p>
                <Space wrap>
                  {node.challenge ? (
                    <Tag color="volcano">
                      悬赏 {formatMoney(node.challenge.reward as string)} · 截止{' '}
                      {formatBeijing(node.challenge.submissionDeadline as string)}
                    </Tag>
                  ) : null}
                  <span>预算 {budgetText(node.budgetMin, node.budgetMax)}</span>
                  <span>· {regionName(node.regionCode)}</span>
                  <span>· {node.owner.name}</span>
                </Space>
              </Space>
            </li>
          ))}
        </ul>
        {list ? (
          <Pager
            page={search.page}
            total={list.totalCount}
            pageInfo={list.pageInfo}
            hrefAt={(after, page) => href({ q: search.q, after, page }, challenges)}
          />
        ) : null}
      </QueryState>
    </section>
  );
}
