// The live auction room: the figures, the viewer's registration, the bid form and the bid log, kept
// current by the auctionUpdated subscription (price, paddle, bids, end time, outcome).
import { useSubscription } from '@apollo/client/react';
import { Card, Space } from 'antd';
import { useRef, useState } from 'react';
import { graphql } from '../../../graphql';
import { useSession } from '../../../shared/session';
import { AuctionFigures, type AuctionView } from './AuctionFigures';
import { BidForm } from './BidForm';
import { BidLog } from './BidLog';
import { extendedEnd, latestState, mergeBids, type LoggedBid } from './bidding';
import { Outcome, type DealView } from './DealPanel';
import { RegistrationPanel, type MyRegistration } from './RegistrationPanel';

const AuctionUpdatedSubscription = graphql(`
  subscription AuctionRoomUpdated($listingId: ID!) {
    auctionUpdated(listingId: $listingId) {
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
      bids(first: 10) {
        id
        paddle
        amount
        createdAt
      }
    }
  }
`);

const CLOSED = ['DEALT', 'FAILED', 'CANCELLED'];

function disabledReason(
  status: string,
  signedIn: boolean,
  r: MyRegistration | null | undefined,
): string | null {
  if (CLOSED.includes(status)) return '拍卖已结束';
  if (!signedIn) return '登录并报名、缴纳保证金后可出价';
  if (!r) return '报名并缴纳保证金后可出价';
  if (r.depositStatus !== 'PAID') return '需先缴纳保证金（待运营人员确认到账）';
  return null;
}

export function AuctionRoom(props: {
  listingId: string;
  auction: AuctionView & { bids: LoggedBid[] };
  myRegistration: MyRegistration | null | undefined;
  deal: DealView | null | undefined;
  onClosed: () => void;
}) {
  const session = useSession();
  const [pushed, setPushed] = useState<AuctionView | null>(null);
  const [liveBids, setLiveBids] = useState<LoggedBid[]>([]);
  const [extendedTo, setExtendedTo] = useState<string | null>(null);
  const lastEnd = useRef(props.auction.endsAt);

  useSubscription(AuctionUpdatedSubscription, {
    variables: { listingId: props.listingId },
    onData: ({ data }) => {
      const s = data.data?.auctionUpdated;
      if (!s) return;
      const moved = extendedEnd(lastEnd.current, s.endsAt);
      lastEnd.current = s.endsAt;
      if (moved) setExtendedTo(moved);
      setPushed(s);
      setLiveBids((prev) => mergeBids(prev, s.bids));
      if (CLOSED.includes(s.status)) props.onClosed();
    },
  });

  const a = latestState<AuctionView>(props.auction, pushed);
  const bids = mergeBids(props.auction.bids, liveBids);
  const closed = CLOSED.includes(a.status);
  const r = props.myRegistration;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Outcome listingId={props.listingId} status={a.status} deal={props.deal} winner={a.leadingPaddle} />
      <Card title="竞价">
        <AuctionFigures a={a} extendedTo={closed ? null : extendedTo} />
      </Card>
      <Card title="报名与出价">
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <RegistrationPanel
            listingId={props.listingId}
            registration={r}
            depositAmount={a.depositAmount}
            open={!closed}
          />
          <BidForm
            listingId={props.listingId}
            terms={a}
            disabledReason={disabledReason(a.status, !!session, r)}
          />
        </Space>
      </Card>
      <Card>
        <BidLog bids={bids} myPaddle={r?.paddle} />
      </Card>
    </Space>
  );
}
