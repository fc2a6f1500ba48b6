// Home (/): search, market figures, latest achievements, open needs and challenges, auctions running now.
import { useQuery } from '@apollo/client/react';
import { Typography } from 'antd';
import { useNavigate } from 'react-router';
import { graphql } from '../graphql';
import { usePageTitle } from '../shared/hooks';
import { formatMoney } from '../shared/money';
import { QueryState } from '../shared/QueryState';
import { SearchBox } from '../shared/SearchBox';
import { HomeLists } from './HomeLists';

const HomeQuery = graphql(`
  query Home {
    marketStats {
      achievements
      needs
      experts
      organizations
      deals
      dealAmount
    }
  }
`);

function MarketFigures() {
  const { data, loading, error } = useQuery(HomeQuery);
  const s = data?.marketStats;
  const figures: Array<[string, string | number]> = s
    ? [
        ['科技成果', s.achievements],
        ['技术需求', s.needs],
        ['专家', s.experts],
        ['机构', s.organizations],
        ['成交数', s.deals],
        ['成交金额', formatMoney(s.dealAmount as string)],
      ]
    : [];
  return (
    <section aria-label="市场概况">
      <QueryState loading={loading} error={error} empty={!s}>
        <dl className="tm-figures">
          {figures.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </QueryState>
    </section>
  );
}

export function HomePage() {
  usePageTitle('首页');
  const navigate = useNavigate();
  return (
    <>
      <section style={{ marginBottom: 24 }}>
        <Typography.Title level={2}>网上技术市场</Typography.Title>
        <Typography.Paragraph>
          高校院所的科技成果、企业的技术需求、专家库与技术交易，一站汇聚。
        </Typography.Paragraph>
        <SearchBox
          value=""
          placeholder="搜索科技成果，如 镁合金"
          onSearch={(q) => void navigate(q ? `/achievements?q=${encodeURIComponent(q)}` : '/achievements')}
        />
      </section>
      <MarketFigures />
      <HomeLists />
    </>
  );
}
