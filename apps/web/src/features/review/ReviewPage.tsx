// /admin/review: achievements and needs pending review, organizations to verify; approve or reject with a
// comment. A decided row leaves at once; the queue is read again after each decision and every 15 s, so
// other operators' decisions show too. Each list shows its first 25 (the query cost limit) and counts them all.
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../graphql';
import { ErrorNotice } from '../../shared/ErrorNotice';
import { usePageTitle } from '../../shared/hooks';
import { formatMoney } from '../../shared/money';
import { regionName } from '../../shared/regions';
import { RequireSession } from '../../shared/RequireSession';
import { formatBeijing } from '../../shared/time';
import { ReviewActions } from './ReviewActions';

const ReviewQueueQuery = graphql(`
  query ReviewQueue($first: Int!) {
    pendingAchievements: achievements(filter: { status: [PENDING_REVIEW] }, first: $first) {
      totalCount
      edges {
        node {
          id
          title
          summary
          askingPrice
          createdAt
          owner {
            id
            name
          }
        }
      }
    }
    pendingNeeds: needs(filter: { status: [PENDING_REVIEW] }, first: $first) {
      totalCount
      edges {
        node {
          id
          title
          description
          budgetMax
          createdAt
          owner {
            id
            name
          }
        }
      }
    }
    unverifiedOrganizations(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          creditCode
          regionCode
          createdAt
        }
      }
    }
  }
`);

const PAGE = 25;

const ReviewAchievement = graphql(`
  mutation ReviewAchievement($id: ID!, $approve: Boolean!, $comment: String) {
    reviewAchievement(id: $id, approve: $approve, comment: $comment) {
      id
      status
      reviewComment
    }
  }
`);

const ReviewNeed = graphql(`
  mutation ReviewNeed($id: ID!, $approve: Boolean!, $comment: String) {
    reviewNeed(id: $id, approve: $approve, comment: $comment) {
      id
      status
      reviewComment
    }
  }
`);

const VerifyOrganization = graphql(`
  mutation VerifyOrganization($id: ID!) {
    verifyOrganization(id: $id) {
      id
      verified
    }
  }
`);

interface Row {
  id: string;
  title: string;
  text: string;
  owner: string;
  amount: string;
  createdAt: string;
}

function Section(props: {
  title: string;
  count: number;
  rows: Row[];
  loading: boolean;
  columns: ColumnsType<Row>;
}) {
  return (
    <section style={{ marginBottom: 32 }}>
      <Typography.Title level={3}>
        {props.title}{' '}
        <Badge
          count={props.count}
          showZero
          color={props.count ? 'blue' : 'gray'}
          aria-label={`${props.count} 项`}
        />
      </Typography.Title>
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={props.loading}
        dataSource={props.rows}
        pagination={false}
        locale={{ emptyText: '没有待处理的项目' }}
        columns={props.columns}
      />
    </section>
  );
}

const itemColumns = (
  path: string,
  amountTitle: string,
  decide: (id: string, approve: boolean, comment: string) => Promise<unknown>,
): ColumnsType<Row> => [
  {
    title: '标题',
    dataIndex: 'title',
    width: '28%',
    render: (title: string, row) => (
      <>
        <Link to={`${path}/${row.id}`}>{title}</Link>
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
          {row.text}
        </Typography.Paragraph>
      </>
    ),
  },
  { title: '机构', dataIndex: 'owner' },
  { title: amountTitle, dataIndex: 'amount' },
  { title: '提交时间', dataIndex: 'createdAt', render: (t: string) => formatBeijing(t) },
  {
    title: '审核',
    key: 'decide',
    width: '32%',
    render: (_: unknown, row) => (
      <ReviewActions title={row.title} decide={(approve, comment) => decide(row.id, approve, comment)} />
    ),
  },
];

function ReviewQueue() {
  usePageTitle('审核队列');
  const { data, loading, error, refetch } = useQuery(ReviewQueueQuery, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
    pollInterval: 15_000,
    notifyOnNetworkStatusChange: false,
  });
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const [reviewAchievement] = useMutation(ReviewAchievement);
  const [reviewNeed] = useMutation(ReviewNeed);
  const [verify] = useMutation(VerifyOrganization);

  /** Runs a decision; the row leaves once the server took it, and the queue is read again. */
  const decideWith =
    (run: (id: string, approve: boolean, comment: string) => Promise<unknown>) =>
    async (id: string, approve: boolean, comment: string) => {
      try {
        await run(id, approve, comment);
        setDecided((s) => new Set(s).add(id));
      } finally {
        void refetch().catch(() => undefined);
      }
    };
  const verifyOne = decideWith((id) => verify({ variables: { id } }));
  const remaining = (c?: { totalCount: number; edges: Array<{ node: { id: string } }> }) =>
    c ? c.totalCount - c.edges.filter((e) => decided.has(e.node.id)).length : 0;
  const open = <T extends { id: string }>(edges: Array<{ node: T }> | undefined) =>
    (edges ?? []).map((e) => e.node).filter((n) => !decided.has(n.id));

  const achievements = open(data?.pendingAchievements.edges).map((a) => ({
    id: a.id,
    title: a.title,
    text: a.summary,
    owner: a.owner.name,
    amount: formatMoney(a.askingPrice),
    createdAt: a.createdAt,
  }));
  const needs = open(data?.pendingNeeds.edges).map((n) => ({
    id: n.id,
    title: n.title,
    text: n.description,
    owner: n.owner.name,
    amount: formatMoney(n.budgetMax),
    createdAt: n.createdAt,
  }));
  const organizations = open(data?.unverifiedOrganizations.edges).map((o) => ({
    id: o.id,
    title: o.name,
    text: `统一社会信用代码 ${o.creditCode}`,
    owner: regionName(o.regionCode) ?? o.regionCode,
    amount: '',
    createdAt: o.createdAt,
  }));
  const waiting = loading && !data;

  return (
    <section>
      <Typography.Title level={2}>审核队列</Typography.Title>
      <Typography.Paragraph type="secondary">
        通过即上架；驳回须填写审核意见，意见会显示在提交者的工作台。队列每 15 秒刷新一次。
        <Link to="/admin">返回运营后台</Link>
      </Typography.Paragraph>
      <ErrorNotice error={error} />
      <Section
        title="待审核成果"
        count={remaining(data?.pendingAchievements)}
        rows={achievements}
        loading={waiting}
        columns={itemColumns(
          '/achievements',
          '价格',
          decideWith((id, approve, comment) =>
            reviewAchievement({ variables: { id, approve, comment: comment || null } }),
          ),
        )}
      />
      <Section
        title="待审核需求"
        count={remaining(data?.pendingNeeds)}
        rows={needs}
        loading={waiting}
        columns={itemColumns(
          '/needs',
          '预算',
          decideWith((id, approve, comment) =>
            reviewNeed({ variables: { id, approve, comment: comment || null } }),
          ),
        )}
      />
      <Section
        title="待认证机构"
        count={remaining(data?.unverifiedOrganizations)}
        rows={organizations}
        loading={waiting}
        columns={[
          {
            title: '机构',
            dataIndex: 'title',
            render: (name: string, row) => (
              <>
                {name}
                <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                  {row.text}
                </Typography.Paragraph>
              </>
            ),
          },
          { title: '所在地区', dataIndex: 'owner' },
          { title: '注册时间', dataIndex: 'createdAt', render: (t: string) => formatBeijing(t) },
          {
            title: '认证',
            key: 'decide',
            render: (_: unknown, row) => (
              <ReviewActions approveOnly title={row.title} decide={() => verifyOne(row.id, true, '')} />
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary">专家信息由所属机构维护，无需审核。</Typography.Paragraph>
    </section>
  );
}

export function ReviewPage() {
  return (
    <RequireSession operator>
      <ReviewQueue />
    </RequireSession>
  );
}
