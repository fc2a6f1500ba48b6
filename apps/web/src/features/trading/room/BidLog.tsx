// 出价记录: every bid by paddle, the amount and the server's time of the bid, newest first.
import { formatMoney } from '../../../shared/money';
import { PlainTable } from '../../../shared/PlainTable';
import { formatBeijing } from '../../../shared/time';
import type { LoggedBid } from './bidding';

export function BidLog({ bids, myPaddle }: { bids: LoggedBid[]; myPaddle?: string | null }) {
  return (
    <PlainTable<LoggedBid>
      label="出价记录"
      caption
      rows={bids}
      rowKey={(b) => b.id}
      rowClassName={(_, i) => (i === 0 ? 'tm-leading' : undefined)}
      empty="尚无出价"
      columns={[
        {
          title: '竞买号',
          key: 'paddle',
          render: (b) =>
            `${b.paddle}${b === bids[0] ? '（领先）' : ''}${b.paddle === myPaddle ? '（我）' : ''}`,
        },
        { title: '出价', key: 'amount', render: (b) => formatMoney(b.amount) },
        { title: '时间', key: 'time', render: (b) => formatBeijing(b.createdAt) },
      ]}
    />
  );
}
