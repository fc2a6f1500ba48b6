// 交易室 (/trade/:id): the listing's header, its room by the mode it runs in now, and the evidence chain.
import { useQuery } from '@apollo/client/react';
import { Descriptions, Empty, Spin, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { graphql } from '../../graphql';
import { ErrorNotice } from '../../shared/ErrorNotice';
import { usePageTitle } from '../../shared/hooks';
import { MODE_WORDS, STATUS_WORDS, TERMS_WORDS, wordOf } from './labels';
import { AuctionRoom } from './room/AuctionRoom';
import { EvidenceSection } from './room/EvidenceSection';
import { OtherModeRoom } from './room/OtherModeRoom';
import './room/room.css';

const TradeRoomQuery = graphql(`
  query TradeRoom($id: ID!) {
    tradeListing(id: $id) {
      id
      mode
      currentMode
      status
      terms
      startsAt
      endsAt
      noticeEndsAt
      listPrice
      registrationCount
      achievement {
        id
        title
      }
      seller {
        id
        name
      }
      auction {
        listingId
        status
        startPrice
        increment
        depositAmount
        currentPrice
        leadingPaddle
        hasReserve
        reserveMet
        bidCount
        startsAt
        endsAt
        extensionSeconds
        bids(first: 50) {
          id
          paddle
          amount
          createdAt
        }
      }
      myRegistration {
        id
        paddle
        depositStatus
        depositAmount
      }
      deal {
        id
        price
        createdAt
        buyer {
          id
          name
        }
      }
    }
  }
`);

export function TradeRoomPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(TradeRoomQuery, { variables: { id } });
  const l = data?.tradeListing;
  usePageTitle(l ? `交易室 · ${l.achievement.title}` : '交易室');

  if (loading && !data) return <Spin tip="加载中" />;
  if (error) return <ErrorNotice error={error} />;
  if (!l) return <Empty description="没有这项交易（可能已被撤销或链接有误）" />;

  return (
    <section>
      <Typography.Title level={2}>{l.achievement.title}</Typography.Title>
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="交易方式">
          {wordOf(MODE_WORDS, l.currentMode)}
          {l.mode !== l.currentMode ? `（由${wordOf(MODE_WORDS, l.mode)}转入）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="状态">{wordOf(STATUS_WORDS, l.status)}</Descriptions.Item>
        <Descriptions.Item label="转化方式">{wordOf(TERMS_WORDS, l.terms)}</Descriptions.Item>
        <Descriptions.Item label="卖方">{l.seller.name}</Descriptions.Item>
        <Descriptions.Item label="成果">
          <Link to={`/achievements/${l.achievement.id}`}>查看成果详情</Link>
        </Descriptions.Item>
      </Descriptions>
      {l.auction ? (
        <AuctionRoom
          key={l.id}
          listingId={l.id}
          auction={l.auction}
          myRegistration={l.myRegistration}
          deal={l.deal}
          onClosed={() => void refetch()}
        />
      ) : (
        <OtherModeRoom l={l} />
      )}
      <EvidenceSection listingId={l.id} />
    </section>
  );
}
