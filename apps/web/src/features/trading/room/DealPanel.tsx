// The outcome once closed: 成交 with its price and contract, or 流拍.
import { Alert } from 'antd';
import { formatMoney } from '../../../shared/money';
import { formatBeijing } from '../../../shared/time';

export interface DealView {
  price: string;
  createdAt: string;
  buyer: { name: string };
  contract: { status: string; registrationNumber?: string | null };
}

const CONTRACT_WORDS: Record<string, string> = { DRAFT: '待签署', SIGNED: '已签署', REGISTERED: '已登记' };

export function Outcome({
  status,
  deal,
  winner,
}: {
  status: string;
  deal?: DealView | null;
  winner?: string | null;
}) {
  if (status === 'FAILED')
    return (
      <Alert type="info" showIcon role="status" message="流拍" description="未达成交条件，保证金将退还。" />
    );
  if (status !== 'DEALT') return null;
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      message={deal ? `成交：${formatMoney(deal.price)}` : '成交'}
      description={
        deal
          ? `${winner ? `竞买号 ${winner}，` : ''}买受方 ${deal.buyer.name}，成交时间 ${formatBeijing(deal.createdAt)}；合同${
              CONTRACT_WORDS[deal.contract.status] ?? deal.contract.status
            }${deal.contract.registrationNumber ? `（登记号 ${deal.contract.registrationNumber}）` : ''}`
          : undefined
      }
    />
  );
}
