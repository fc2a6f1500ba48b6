// The home page's lists: latest achievements, open needs and challenges, auctions running now.
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { graphql } from '../graphql';
import { useCountdown } from '../shared/hooks';
import { formatMoney } from '../shared/money';
import { QueryState } from '../shared/QueryState';
import { formatCountdown } from '../shared/time';

const HomeListsQuery = graphql(`
  query HomeLists {
    achievements(first: 6) {
      edges {
        node {
          id
          title
          askingPrice
        }
      }
    }
    needs(first: 6) {
      edges {
        node {
          id
          title
          challenge {
            reward
          }
        }
      }
    }
    tradeListings(mode: AUCTION, status: [OPEN], first: 6) {
      edges {
        node {
          id
          endsAt
          achievement {
            id
            title
          }
          auction {
            currentPrice
            startPrice
            endsAt
          }
        }
      }
    }
  }
`);

function Ends({ at }: { at: string }) {
  return <>剩余 {formatCountdown(useCountdown(at))}</>;
}

interface Row {
  id: string;
  href: string;
  title: string;
  note: ReactNode;
}

function Block({
  title,
  more,
  rows,
  emptyText,
  loading,
  error,
}: {
  title: string;
  more: string;
  rows: Row[];
  emptyText: string;
  loading: boolean;
  error: unknown;
}) {
  return (
    <section className="tm-block" aria-label={title}>
      <header>
        <h3>{title}</h3>
        <Link to={more} aria-label={`更多${title}`}>
          更多
        </Link>
      </header>
      <QueryState loading={loading} error={error} empty={!rows.length} emptyText={emptyText}>
        <ul>
          {rows.map((r) => (
            <li key={r.id}>
              <Link to={r.href}>{r.title}</Link>
              <span className="tm-note">{r.note}</span>
            </li>
          ))}
        </ul>
      </QueryState>
    </section>
  );
}

export function HomeLists() {
  const { data, loading, error } = useQuery(HomeListsQuery);
  const state = { loading, error };
  return (
    <div className="tm-blocks">
      <Block
        {...state}
        title="最新成果"
        more="/achievements"
        emptyText="暂无成果"
        rows={(data?.achievements.edges ?? []).map(({ node }) => ({
          id: node.id,
          href: `/achievements/${node.id}`,
          title: node.title,
          note: formatMoney(node.askingPrice as string | null),
        }))}
      />
      <Block
        {...state}
        title="需求与悬赏"
        more="/needs"
        emptyText="暂无需求"
        rows={(data?.needs.edges ?? []).map(({ node }) => ({
          id: node.id,
          href: `/needs/${node.id}`,
          title: node.title,
          note: node.challenge ? `悬赏 ${formatMoney(node.challenge.reward as string)}` : '',
        }))}
      />
      <Block
        {...state}
        title="正在拍卖"
        more="/trade"
        emptyText="暂无进行中的拍卖"
        rows={(data?.tradeListings.edges ?? []).map(({ node }) => ({
          id: node.id,
          href: `/trade/${node.id}`,
          title: node.achievement.title,
          note: (
            <>
              当前价 {formatMoney((node.auction?.currentPrice ?? node.auction?.startPrice) as string | null)}{' '}
              · <Ends at={(node.auction?.endsAt ?? node.endsAt) as string} />
            </>
          ),
        }))}
      />
    </div>
  );
}
