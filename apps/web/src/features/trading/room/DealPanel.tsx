// The outcome once closed: 成交 with its price, or 流拍. The deal is public; its contract is for the two
// parties and operators only, so it is asked for apart, and a viewer who may not see it sees the rest.
import { useQuery } from '@apollo/client/react';
import { Alert } from 'antd';
import { graphql } from '../../../graphql';
import { formatMoney } from '../../../shared/money';
import { formatBeijing } from '../../../shared/time';

export interface DealView {
  id: string;
  price: string;
  createdAt: string;
  buyer: { name: string };
}

const DealContractQuery = graphql(`
  query DealContract($id: ID!) {
    tradeListing(id: $id) {
      id
      deal {
        id
        contract {
          id
          status
          registrationNumber
        }
      }
    }
  }
`);

const CONTRACT_WORDS: Record<string, string> = { DRAFT: '待签署', SIGNED: '已签署', REGISTERED: '已登记' };

/** The contract's state for those who may see it (its parties and operators); nothing for anyone else. */
function useContractWords(listingId: string, dealt: boolean): string {
  const { data } = useQuery(DealContractQuery, {
    variables: { id: listingId },
    skip: !dealt,
    errorPolicy: 'ignore',
    // a viewer refused the contract gets `deal: null` on this path: never let that overwrite the
    // public deal the room's own query cached
    fetchPolicy: 'no-cache',
  });
  const contract = data?.tradeListing?.deal?.contract;
  if (!contract) return '';
  const number = contract.registrationNumber ? `（登记号 ${contract.registrationNumber}）` : '';
  return `；合同${CONTRACT_WORDS[contract.status] ?? contract.status}${number}`;
}

export function Outcome({
  listingId,
  status,
  deal,
  winner,
}: {
  listingId: string;
  status: string;
  deal?: DealView | null;
  winner?: string | null;
}) {
  const contractWords = useContractWords(listingId, status === 'DEALT' && !!deal);
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
          ? `${winner ? `竞买号 ${winner}，` : ''}买受方 ${deal.buyer.name}，成交时间 ${formatBeijing(deal.createdAt)}${contractWords}`
          : undefined
      }
    />
  );
}
