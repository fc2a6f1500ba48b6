// /admin: the operators' desk, linking to each task.
import { Card, Col, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { usePageTitle } from '../../shared/hooks';
import { RequireSession } from '../../shared/RequireSession';

function AdminLanding() {
  usePageTitle('运营后台');
  return (
    <section>
      <Typography.Title level={2}>运营后台</Typography.Title>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Card>
            <Typography.Title level={3}>
              <Link to="/admin/review">审核队列</Link>
            </Typography.Title>
            <Typography.Text type="secondary">
              待审核的成果与需求，待认证的机构：通过或驳回并填写意见。
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card>
            <Typography.Title level={3}>
              {/* served by the API (bull-board), outside the console: a full page load */}
              <a href="/admin/queues">任务队列</a>
            </Typography.Title>
            <Typography.Text type="secondary">匹配与交易时钟等后台任务的运行情况。</Typography.Text>
          </Card>
        </Col>
      </Row>
    </section>
  );
}

export function AdminPage() {
  return (
    <RequireSession operator>
      <AdminLanding />
    </RequireSession>
  );
}
