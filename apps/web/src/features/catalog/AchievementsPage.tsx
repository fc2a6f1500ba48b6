// /achievements: search, facets, filters and paging, all carried by the URL.
import { useQuery } from '@apollo/client/react';
import { Col, Row, Space, Tag, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useFieldNames } from '../../shared/field-names';
import { usePageTitle } from '../../shared/hooks';
import { formatMoney } from '../../shared/money';
import { Pager } from '../../shared/Pager';
import { QueryState } from '../../shared/QueryState';
import { useRegionName } from '../../shared/region-name';
import { FoldOnPhone } from '../../shared/FoldOnPhone';
import { SearchBox } from '../../shared/SearchBox';
import { MATURITY_WORDS, TRANSFER_MODE_WORDS, wordOf } from '../../shared/words';
import { AchievementFacets } from './AchievementFacets';
import { AchievementsQuery, achievementsVariables } from './catalog-queries';
import { readCatalogSearch, withChange, writeCatalogSearch, type CatalogSearch } from './catalog-url';

const href = (s: Partial<CatalogSearch>) => {
  const q = writeCatalogSearch(s).toString();
  return q ? `/achievements?${q}` : '/achievements';
};

export function AchievementsPage() {
  usePageTitle('科技成果');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const search = readCatalogSearch(params);
  const fieldNames = useFieldNames();
  const regionName = useRegionName();
  const { data, previousData, loading, error } = useQuery(AchievementsQuery, {
    variables: achievementsVariables(search),
  });

  const go = (next: CatalogSearch) => void navigate(href(next));
  const shown = data ?? previousData;
  const list = data?.achievements;
  return (
    <section>
      <Typography.Title level={2}>科技成果</Typography.Title>
      <SearchBox value={search.q} onSearch={(q) => go(withChange(search, { q }))} />
      <Row gutter={24} style={{ marginTop: 16 }}>
        <Col xs={24} md={6}>
          {shown ? (
            <FoldOnPhone summary="筛选：领域、地区、成熟度、转化方式">
              <AchievementFacets
                search={search}
                facets={shown.achievements.facets}
                fieldNames={fieldNames}
                onChange={go}
              />
            </FoldOnPhone>
          ) : null}
        </Col>
        <Col xs={24} md={18}>
          <QueryState
            loading={loading && !list}
            error={error}
            empty={list?.edges.length === 0}
            emptyText={search.q ? `没有找到与“${search.q}”相关的成果` : '暂无成果'}
          >
            <ul className="tm-results" aria-label="成果列表">
              {(list?.edges ?? []).map(({ node }) => (
                <li key={node.id}>
                  <h3>
                    <Link to={`/achievements/${node.id}`}>{node.title}</Link>
                  </h3>
                  <Space direction="vertical" size={4}>
                    <p className="tm-summary">{node.summary}</p>
                    <Space wrap size={[4, 4]}>
                      <Tag>{wordOf(MATURITY_WORDS, node.maturity)}</Tag>
                      {node.transferModes.map((m) => (
                        <Tag key={m}>{wordOf(TRANSFER_MODE_WORDS, m)}</Tag>
                      ))}
                      <span>{regionName(node.regionCode)}</span>
                      <span>· {node.owner.name}</span>
                      <strong>· {formatMoney(node.askingPrice as string | null)}</strong>
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
                hrefAt={(after, page) => href({ ...search, after, page })}
              />
            ) : null}
          </QueryState>
        </Col>
      </Row>
    </section>
  );
}
