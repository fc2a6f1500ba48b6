// One row's decision: 审核意见, 通过, 驳回 (a rejection needs a comment, as the server says).
import { Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { ErrorNotice } from '../../shared/ErrorNotice';

interface Props {
  title: string;
  decide: (approve: boolean, comment: string) => Promise<unknown>;
  /** organizations are verified, not rejected: no 驳回 and no comment */
  approveOnly?: boolean;
}

export function ReviewActions({ title, decide, approveOnly = false }: Props) {
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState<'approve' | 'reject' | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async (approve: boolean) => {
    if (!approve && !comment.trim()) {
      setMissing(true);
      return;
    }
    setBusy(approve ? 'approve' : 'reject');
    setError(null);
    try {
      await decide(approve, comment.trim());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {approveOnly ? null : (
        <Form.Item
          style={{ margin: 0 }}
          validateStatus={missing ? 'error' : undefined}
          help={missing ? '驳回须填写审核意见' : undefined}
        >
          <Input.TextArea
            aria-label="审核意见"
            placeholder={`对“${title}”的审核意见（驳回时必填）`}
            autoSize={{ minRows: 1, maxRows: 4 }}
            value={comment}
            onChange={(e) => {
              setComment(e.target.value);
              setMissing(false);
            }}
          />
        </Form.Item>
      )}
      <Space>
        <Button type="primary" loading={busy === 'approve'} disabled={!!busy} onClick={() => void run(true)}>
          通过
        </Button>
        {approveOnly ? null : (
          <Button danger loading={busy === 'reject'} disabled={!!busy} onClick={() => void run(false)}>
            驳回
          </Button>
        )}
      </Space>
      <ErrorNotice error={error} />
    </Space>
  );
}
