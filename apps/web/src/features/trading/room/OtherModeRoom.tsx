// Rooms of a posted-price listing (挂牌) and a negotiation (协议): the listing's figures; registering an
// intent works for a listing; offers and objections are coming.
import { Alert, Card, Space } from 'antd';
import { formatMoney } from '../../../shared/money';
import { useCountdown } from '../../../shared/hooks';
import { formatBeijing, formatCountdown } from '../../../shared/time';
import { STATUS_WORDS, wordOf } from '../labels';
import { Outcome, type DealView } from './DealPanel';
import { Figure, Figures } from './Figures';
import { RegistrationPanel, type MyRegistration } from './RegistrationPanel';

export interface ListingView {
  id: string;
  currentMode: string;
  status: string;
  listPrice?: string | null;
  startsAt: string;
  endsAt: string;
  noticeEndsAt?: string | null;
  registrationCount: number;
  myRegistration?: MyRegistration | null;
  deal?: DealView | null;
}

function Remaining({ l }: { l: ListingView }) {
  const notice = l.status === 'PUBLIC_NOTICE' && l.noticeEndsAt;
  const c = useCountdown(notice ? l.noticeEndsAt! : l.endsAt);
  if (l.status !== 'OPEN' && !notice) return <>{wordOf(STATUS_WORDS, l.status)}</>;
  return <>{notice ? `公示剩余 ${formatCountdown(c)}` : formatCountdown(c)}</>;
}

export function OtherModeRoom({ l }: { l: ListingView }) {
  const listing = l.currentMode === 'LISTING';
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Outcome listingId={l.id} status={l.status} deal={l.deal} />
      <Card title={listing ? '挂牌交易' : '协议定价'}>
        <Figures>
          <Figure label={listing ? '挂牌价' : '参考价'}>{formatMoney(l.listPrice)}</Figure>
          <Figure label="状态">{wordOf(STATUS_WORDS, l.status)}</Figure>
          <Figure label="截止时间">{formatBeijing(l.endsAt)}</Figure>
          <Figure label="剩余时间" role="timer">
            <Remaining l={l} />
          </Figure>
          {l.noticeEndsAt ? <Figure label="公示截止">{formatBeijing(l.noticeEndsAt)}</Figure> : null}
          {listing ? <Figure label="意向登记">{l.registrationCount} 家</Figure> : null}
        </Figures>
      </Card>
      <Card title={listing ? '登记意向' : '报价'}>
        {listing ? (
          <RegistrationPanel
            listingId={l.id}
            registration={l.myRegistration}
            depositAmount={null}
            open={l.status === 'OPEN' || l.status === 'SCHEDULED'}
          />
        ) : (
          <Alert type="info" showIcon message="在线报价、还价与异议即将开放。" />
        )}
      </Card>
    </Space>
  );
}
