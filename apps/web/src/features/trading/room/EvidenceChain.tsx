// 存证: the listing's evidence chain and its verification (verifyEvidence). Its own chunk, loaded when
// the section is opened (EvidenceSection), so antd's Table is not in the room's initial script.
import { useQuery } from '@apollo/client/react';
import { Spin, Table, Tag } from 'antd';
import { graphql } from '../../../graphql';
import { ErrorNotice } from '../../../shared/ErrorNotice';
import { formatBeijing } from '../../../shared/time';

const EvidenceQuery = graphql(`
  query RoomEvidence($id: ID!) {
    verifyEvidence(listingId: $id) {
      valid
      length
      firstInvalidIndex
      anchoredLength
      headHash
    }
    tradeListing(id: $id) {
      id
      evidenceLog {
        index
        kind
        createdAt
        hash
        prevHash
      }
    }
  }
`);

const KIND_WORDS: Record<string, string> = {
  LISTING: '挂牌',
  REGISTRATION: '报名',
  DEPOSIT: '保证金确认',
  BID: '出价',
  CLOSE: '结束',
  DEAL: '成交',
  DEALT: '成交',
  TO_AUCTION: '转为拍卖',
  OFFER: '报价',
  OFFER_COUNTERED: '还价',
  OFFER_ACCEPTED: '接受报价',
  OFFER_REJECTED: '拒绝报价',
  AGREED: '达成一致',
  OBJECTION: '异议',
  OBJECTION_RESOLVED: '异议处理',
  CANCEL: '撤销',
  SIGNATURE: '合同签署',
  CONTRACT_REGISTRATION: '合同登记',
};

export default function EvidenceChain({ listingId }: { listingId: string }) {
  const { data, loading, error } = useQuery(EvidenceQuery, { variables: { id: listingId } });
  if (loading && !data) return <Spin />;
  if (error) return <ErrorNotice error={error} />;
  if (!data) return null;
  const v = data.verifyEvidence;
  return (
    <>
      <p aria-label="存证校验" role="status">
        存证校验：
        {v.valid ? <Tag color="green">通过</Tag> : <Tag color="red">不一致</Tag>}共 {v.length} 条
        {v.anchoredLength !== null && v.anchoredLength !== undefined
          ? `，已签名锚定 ${v.anchoredLength} 条`
          : ''}
        {!v.valid && v.firstInvalidIndex !== null ? `，第 ${v.firstInvalidIndex} 条起不符` : ''}
        {v.headHash ? `，链头 ${v.headHash.slice(0, 16)}…` : ''}
      </p>
      <Table
        size="small"
        rowKey="index"
        pagination={false}
        locale={{ emptyText: '暂无存证' }}
        dataSource={data.tradeListing?.evidenceLog ?? []}
        columns={[
          { title: '序号', dataIndex: 'index' },
          { title: '事件', dataIndex: 'kind', render: (k: string) => KIND_WORDS[k] ?? k },
          { title: '时间', dataIndex: 'createdAt', render: (t: string) => formatBeijing(t) },
          {
            title: '哈希',
            dataIndex: 'hash',
            render: (h: string) => <code title={h}>{h.slice(0, 16)}…</code>,
          },
        ]}
      />
    </>
  );
}
