// 出价: the next valid amounts as quick choices, a check before sending, one idempotency key per
// intended bid (a double click bids once, a retry after a network failure reuses the key), and every
// refusal in words.
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Input, Space } from 'antd';
import { useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../../graphql';
import { ErrorNotice } from '../../../shared/ErrorNotice';
import { errorIssues, REASON_WORDS } from '../../../shared/errors';
import { formatMoney } from '../../../shared/money';
import { formatBeijing } from '../../../shared/time';
import { BidIntent } from './bid-intent';
import { bidChoices, bidProblem, type AuctionTerms } from './bidding';

const PlaceBidMutation = graphql(`
  mutation PlaceBid($listingId: ID!, $amount: Money!, $idempotencyKey: String!) {
    placeBid(listingId: $listingId, amount: $amount, idempotencyKey: $idempotencyKey) {
      id
      paddle
      amount
      createdAt
    }
  }
`);

export function BidForm(props: { listingId: string; terms: AuctionTerms; disabledReason: string | null }) {
  const choices = bidChoices(props.terms, 3);
  // null: the field follows the next valid amount as the price moves, until the bidder types or picks
  const [typed, setTyped] = useState<string | null>(null);
  const amount = typed ?? choices[0]!;
  const [problem, setProblem] = useState<string | null>(null);
  const [placed, setPlaced] = useState<{ amount: string; createdAt: string } | null>(null);
  const intent = useRef(new BidIntent());
  const [placeBid, { loading, error, reset }] = useMutation(PlaceBidMutation);

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    const value = amount.trim();
    // a retry of a bid whose answer was lost goes out as it was: the server answers with the stored bid
    const local = intent.current.isRetry(value) ? null : bidProblem(value, props.terms);
    if (local) {
      reset();
      setProblem(REASON_WORDS[local] ?? local);
      return;
    }
    const key = intent.current.begin(value);
    if (!key) return; // this bid is already on its way
    setProblem(null);
    setPlaced(null);
    try {
      const { data } = await placeBid({
        variables: { listingId: props.listingId, amount: value, idempotencyKey: key },
      });
      intent.current.answered();
      if (data) setPlaced(data.placeBid);
      setTyped(null);
    } catch (err) {
      if (errorIssues(err).some((i) => i.reason === 'NETWORK')) {
        intent.current.failed();
        setTyped(value); // keep the amount: 出价 again retries this very bid
      } else {
        intent.current.answered();
        // outbid meanwhile: the field offers the new next valid amount again
        if (errorIssues(err).some((i) => i.reason === 'BID_TOO_LOW')) setTyped(null);
      }
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-label="出价">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <label htmlFor="tm-bid-amount">出价金额</label>
          <Input
            id="tm-bid-amount"
            inputMode="decimal"
            suffix="元"
            style={{ width: 200 }}
            value={amount}
            disabled={!!props.disabledReason}
            aria-describedby="tm-bid-hint"
            onChange={(e) => {
              setTyped(e.target.value);
              setProblem(null);
            }}
          />
          <Button type="primary" htmlType="submit" loading={loading} disabled={!!props.disabledReason}>
            出价
          </Button>
        </Space>
        <Space wrap role="group" aria-label="快捷出价">
          {choices.map((c) => (
            <Button
              key={c}
              size="small"
              disabled={!!props.disabledReason}
              onClick={() => {
                setTyped(c);
                setProblem(null);
              }}
            >
              {formatMoney(c)}
            </Button>
          ))}
        </Space>
        <div id="tm-bid-hint">
          {props.disabledReason ?? `最低可出 ${formatMoney(choices[0])}，须为起拍价加整数个加价幅度。`}
        </div>
        {problem ? <Alert type="error" showIcon role="alert" message={problem} /> : null}
        {error ? <ErrorNotice error={error} /> : null}
        {placed ? (
          <Alert
            type="success"
            showIcon
            role="status"
            message={`出价成功：${formatMoney(placed.amount)}（${formatBeijing(placed.createdAt)}）`}
          />
        ) : null}
      </Space>
    </form>
  );
}
