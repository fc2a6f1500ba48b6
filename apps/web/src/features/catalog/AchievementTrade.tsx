// An achievement's trade: its listing's mode and status with a link to the trade room, or "not in trade".
// The API has no achievement → listing link, so the listings are read and the achievement's picked out.
import { useQuery } from '@apollo/client/react';
import { Typography } from 'antd';
import { Link } from 'react-router';
import { graphql } from '../../graphql';
import { ErrorNotice } from '../../shared/ErrorNotice';
import { TRADE_MODE_WORDS, TRADE_STATUS_WORDS, wordOf } from '../../shared/words';

const TradesQuery = graphql(`
  query CatalogAchievementTrades {
    tradeListings(first: 100) {
      edges {
        node {
          id
          currentMode
          status
          endsAt
          achievement {
            id
          }
        }
      }
    }
  }
`);

const TRADED = new Set(['IN_TRADE', 'DEALT']);

export function AchievementTrade({ achievementId, status }: { achievementId: string; status: string }) {
  const traded = TRADED.has(status);
  const { data, loading, error } = useQuery(TradesQuery, { skip: !traded });
  if (!traded) return <Typography.Paragraph>未进入交易，可联系所有方洽谈。</Typography.Paragraph>;
  if (error) return <ErrorNotice error={error} />;
  if (loading) return <Typography.Paragraph>正在读取交易…</Typography.Paragraph>;
  const listings = (data?.tradeListings.edges ?? [])
    .map((e) => e.node)
    .filter((l) => l.achievement.id === achievementId);
  if (!listings.length) return <Typography.Paragraph>交易中</Typography.Paragraph>;
  return (
    <ul>
      {listings.map((l) => (
        <li key={l.id}>
          {wordOf(TRADE_MODE_WORDS, l.currentMode)} · {wordOf(TRADE_STATUS_WORDS, l.status)} ·{' '}
          <Link to={`/trade/${l.id}`}>进入交易室</Link>
        </li>
      ))}
    </ul>
  );
}
