import { Card, Col, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ErrorNotice } from '../../shared/ErrorNotice';
import { RequireSession } from '../../shared/RequireSession';
import { usePageTitle } from '../../shared/hooks';
import { useSession } from '../../shared/session';
import { useMyOrganization } from './useMyOrganization';

const SECTIONS = [
  { to: '/workspace/achievements', title: '我的成果', text: '科技成果的草稿、审核与上架' },
  { to: '/workspace/needs', title: '我的需求', text: '技术需求的草稿、审核与征集' },
];

function Landing() {
  const session = useSession();
  const { organization, error } = useMyOrganization();
  usePageTitle('工作台');
  return (
    <section>
      <Typography.Title level={2}>工作台</Typography.Title>
      <Card>
        <Typography.Paragraph>
          {session?.user.name}（{session?.user.email}），欢迎回来。
        </Typography.Paragraph>
        {organization ? (
          <Typography.Paragraph>
            所在机构：{organization.name}{' '}
            {organization.verified ? <Tag color="success">已认证</Tag> : <Tag color="warning">待认证</Tag>}
          </Typography.Paragraph>
        ) : null}
        <ErrorNotice error={error} />
      </Card>
      <Row gutter={16} style={{ marginTop: 16 }}>
        {SECTIONS.map((s) => (
          <Col key={s.to} xs={24} md={12}>
            <Card>
              <Typography.Title level={3}>
                <Link to={s.to}>{s.title}</Link>
              </Typography.Title>
              <Typography.Text type="secondary">{s.text}</Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  );
}

export function WorkspacePage() {
  return (
    <RequireSession>
      <Landing />
    </RequireSession>
  );
}
