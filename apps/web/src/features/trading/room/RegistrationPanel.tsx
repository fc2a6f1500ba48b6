// The viewer's own registration (竞买号) and deposit status, and the 报名 button.
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Space, Tag, Typography } from 'antd';
import { Link, useLocation } from 'react-router';
import { graphql } from '../../../graphql';
import { ErrorNotice } from '../../../shared/ErrorNotice';
import { formatMoney } from '../../../shared/money';
import { useSession } from '../../../shared/session';
import { DEPOSIT_WORDS, wordOf } from '../labels';

const RegisterMutation = graphql(`
  mutation RegisterForListing($listingId: ID!) {
    registerForListing(listingId: $listingId) {
      id
      paddle
      depositStatus
      depositAmount
    }
  }
`);

/** Polled while the deposit waits for an operator, so 待确认 turns into 已缴纳 without a reload. */
const MyRegistrationQuery = graphql(`
  query RoomMyRegistration($id: ID!) {
    tradeListing(id: $id) {
      id
      myRegistration {
        id
        paddle
        depositStatus
        depositAmount
      }
    }
  }
`);

export interface MyRegistration {
  id: string;
  paddle: string;
  depositStatus: string;
  depositAmount: string;
}

export function RegistrationPanel(props: {
  listingId: string;
  registration: MyRegistration | null | undefined;
  /** the deposit a registration will owe, when the listing says it (an auction's terms) */
  depositAmount: string | null;
  open: boolean;
}) {
  const session = useSession();
  const location = useLocation();
  const { registration: r } = props;
  const [register, { loading, error }] = useMutation(RegisterMutation, {
    refetchQueries: [MyRegistrationQuery],
  });
  useQuery(MyRegistrationQuery, {
    variables: { id: props.listingId },
    pollInterval: 5000,
    skip: !session || r?.depositStatus !== 'PENDING',
  });

  if (!session)
    return (
      <Typography.Paragraph>
        <Link to={`/login?next=${encodeURIComponent(location.pathname)}`}>登录</Link> 后报名。
      </Typography.Paragraph>
    );
  if (r)
    return (
      <Space wrap aria-label="我的报名" role="group">
        <span>我的竞买号 {r.paddle}</span>
        <span>保证金 {formatMoney(r.depositAmount)}</span>
        <Tag color={r.depositStatus === 'PAID' ? 'green' : 'gold'}>
          保证金{wordOf(DEPOSIT_WORDS, r.depositStatus)}
        </Tag>
        {r.depositStatus === 'PENDING' ? <span>运营人员确认到账后即可出价</span> : null}
      </Space>
    );
  return (
    <Space direction="vertical">
      <Space wrap>
        <Button
          type="primary"
          loading={loading}
          disabled={!props.open}
          onClick={() => void register({ variables: { listingId: props.listingId } }).catch(() => undefined)}
        >
          报名
        </Button>
        <span>
          报名后缴纳保证金{props.depositAmount ? ` ${formatMoney(props.depositAmount)}` : ''}
          ，经运营人员确认到账后生效。
        </span>
      </Space>
      {error ? <ErrorNotice error={error} /> : null}
    </Space>
  );
}
