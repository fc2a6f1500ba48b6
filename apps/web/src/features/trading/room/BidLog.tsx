// 出价记录: every bid by paddle, the amount and the server's time of the bid, newest first.
import { formatMoney } from '../../../shared/money';
import { formatBeijing } from '../../../shared/time';
import type { LoggedBid } from './bidding';

export function BidLog({ bids, myPaddle }: { bids: LoggedBid[]; myPaddle?: string | null }) {
  return (
    <table className="tm-bidlog" aria-label="出价记录">
      <caption>出价记录</caption>
      <thead>
        <tr>
          <th scope="col">竞买号</th>
          <th scope="col">出价</th>
          <th scope="col">时间</th>
        </tr>
      </thead>
      <tbody>
        {bids.length === 0 ? (
          <tr>
            <td colSpan={3}>尚无出价</td>
          </tr>
        ) : (
          bids.map((b, i) => (
            <tr key={b.id} className={i === 0 ? 'tm-leading' : undefined}>
              <td>
                {b.paddle}
                {i === 0 ? '（领先）' : ''}
                {b.paddle === myPaddle ? '（我）' : ''}
              </td>
              <td>{formatMoney(b.amount)}</td>
              <td>{formatBeijing(b.createdAt)}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
