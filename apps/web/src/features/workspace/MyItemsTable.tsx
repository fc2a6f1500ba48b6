// My achievements or needs: status tags in words, the review comment, edit / submit / withdraw.
import { Button, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { usePageTitle } from '../../shared/hooks';
import { useMyOrganization } from './useMyOrganization';
import { Link, useNavigate } from 'react-router';
import { ErrorNotice } from '../../shared/ErrorNotice';
import { formatMoney } from '../../shared/money';
import { formatBeijing } from '../../shared/time';
import { allowedActions, statusColour } from './words';

export interface MyItemRow {
  id: string;
  title: string;
  status: string;
  reviewComment?: string | null;
  price?: string | null;
  createdAt: string;
}

interface Props {
  kind: 'achievement' | 'need';
  rows: MyItemRow[];
  loading: boolean;
  error: unknown;
  statusWords: Record<string, string>;
  /** the id being acted on, and the failure of the last action */
  busyId: string | null;
  actionError: unknown;
  onSubmit: (id: string) => void;
  onWithdraw: (id: string) => void;
}

/** The whole page: heading, the button to a new item, the organization's verification, the table. */
export function MyItemsSection(p: Props & { organization: ReturnType<typeof useMyOrganization> }) {
  const navigate = useNavigate();
  const noun = p.kind === 'achievement' ? '成果' : '需求';
  const base = p.kind === 'achievement' ? '/workspace/achievements' : '/workspace/needs';
  const org = p.organization;
  usePageTitle(`我的${noun}`);
  return (
    <section>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2}>我的{noun}</Typography.Title>
        <Button type="primary" onClick={() => void navigate(`${base}/new`)}>
          发布{noun}
        </Button>
      </Space>
      <ErrorNotice error={org.error} />
      {org.organization && !org.organization.verified ? (
        <Typography.Paragraph type="warning">
          本机构尚未通过平台认证：可以保存草稿，认证后才能提交审核。
        </Typography.Paragraph>
      ) : null}
      <MyItemsTable {...p} loading={p.loading || org.loading} />
    </section>
  );
}

export function MyItemsTable(p: Props) {
  const base = p.kind === 'achievement' ? '/workspace/achievements' : '/workspace/needs';
  const publicBase = p.kind === 'achievement' ? '/achievements' : '/needs';
  const noun = p.kind === 'achievement' ? '成果' : '需求';
  if (p.error) return <ErrorNotice error={p.error} />;
  return (
    <>
      <ErrorNotice error={p.actionError} />
      <Table<MyItemRow>
        rowKey="id"
        loading={p.loading}
        dataSource={p.rows}
        pagination={false}
        locale={{ emptyText: <Empty description={`还没有${noun}，点击“发布${noun}”开始`} /> }}
        columns={[
          {
            title: '标题',
            dataIndex: 'title',
            render: (title: string, row) =>
              ['LISTED', 'IN_TRADE', 'DEALT', 'OPEN', 'SOLVED'].includes(row.status) ? (
                <Link to={`${publicBase}/${row.id}`}>{title}</Link>
              ) : (
                title
              ),
          },
          {
            title: '状态',
            dataIndex: 'status',
            render: (status: string) => (
              <Tag color={statusColour(status)}>{p.statusWords[status] ?? status}</Tag>
            ),
          },
          {
            title: p.kind === 'achievement' ? '价格' : '预算',
            dataIndex: 'price',
            render: (price?: string | null) => formatMoney(price),
          },
          { title: '创建时间', dataIndex: 'createdAt', render: (t: string) => formatBeijing(t) },
          {
            title: '审核意见',
            dataIndex: 'reviewComment',
            render: (comment?: string | null) =>
              comment ? (
                <Typography.Text>{comment}</Typography.Text>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, row) => <Actions {...p} row={row} base={base} />,
          },
        ]}
      />
    </>
  );
}

function Actions({
  row,
  base,
  kind,
  busyId,
  onSubmit,
  onWithdraw,
}: Props & { row: MyItemRow; base: string }) {
  const can = allowedActions(kind, row.status as never);
  const busy = busyId === row.id;
  return (
    <Space wrap>
      {can.edit ? (
        <Link to={`${base}/${row.id}/edit`} aria-label={`编辑 ${row.title}`}>
          编辑
        </Link>
      ) : null}
      {can.submit ? (
        <Button size="small" type="primary" loading={busy} onClick={() => onSubmit(row.id)}>
          提交审核
        </Button>
      ) : null}
      {can.withdraw ? (
        <Popconfirm
          title={kind === 'achievement' ? '撤回这项成果？' : '撤回并关闭这项需求？'}
          description="撤回后不再公开，也不能再提交审核。"
          okText="确定撤回"
          cancelText="取消"
          onConfirm={() => onWithdraw(row.id)}
        >
          <Button size="small" danger loading={busy}>
            撤回
          </Button>
        </Popconfirm>
      ) : null}
    </Space>
  );
}
