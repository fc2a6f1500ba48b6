// The auction's figures: prices, reserve (有/无, 已达/未达; never the amount), the countdown on the
// server's clock and the end time, with the anti-sniping extension when one happens.
import { Alert } from 'antd';
import { formatMoney } from '../../../shared/money';
import { useCountdown } from '../../../shared/hooks';
import { formatBeijing, formatCountdown } from '../../../shared/time';
import { STATUS_WORDS, wordOf } from '../labels';
import { Figure, Figures } from './Figures';

export interface AuctionView {
  status: string;
  startPrice: string;
  increment: string;
  depositAmount: string;
  currentPrice?: string | null;
  leadingPaddle?: string | null;
  hasReserve: boolean;
  reserveMet: boolean;
  bidCount: number;
  startsAt: string;
  endsAt: string;
  extensionSeconds: number;
}

function Remaining({ a }: { a: AuctionView }) {
  const scheduled = a.status === 'SCHEDULED';
  const c = useCountdown(scheduled ? a.startsAt : a.endsAt);
  if (a.status !== 'OPEN' && !scheduled) return <>{wordOf(STATUS_WORDS, a.status)}</>;
  if (scheduled) return <>距开始 {formatCountdown(c)}</>;
  return <>{c.ended ? '已到结束时间，等待结果' : formatCountdown(c)}</>;
}

export function AuctionFigures({ a, extendedTo }: { a: AuctionView; extendedTo: string | null }) {
  return (
    <>
      {extendedTo ? (
        <Alert
          type="warning"
          showIcon
          role="status"
          style={{ marginBottom: 12 }}
          message={`延时至 ${formatBeijing(extendedTo)}`}
          description={`最后 ${a.extensionSeconds} 秒内有出价，结束时间顺延（延时周期）。`}
        />
      ) : null}
      <Figures>
        <Figure label="当前价" live>
          {a.currentPrice ? formatMoney(a.currentPrice) : '尚无出价'}
        </Figure>
        <Figure label="领先竞买号" live>
          {a.leadingPaddle ?? '—'}
        </Figure>
        <Figure label="剩余时间" role="timer">
          <Remaining a={a} />
        </Figure>
        <Figure label="结束时间">{formatBeijing(a.endsAt)}</Figure>
        <Figure label="起拍价">{formatMoney(a.startPrice)}</Figure>
        <Figure label="加价幅度">{formatMoney(a.increment)}</Figure>
        <Figure label="保证金">{formatMoney(a.depositAmount)}</Figure>
        <Figure label="保留价">{a.hasReserve ? `有 · ${a.reserveMet ? '已达' : '未达'}` : '无'}</Figure>
        <Figure label="出价次数">{a.bidCount}</Figure>
        <Figure label="延时周期">{a.extensionSeconds > 0 ? `${a.extensionSeconds} 秒` : '无'}</Figure>
      </Figures>
    </>
  );
}
