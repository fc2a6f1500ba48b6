import { Card, Typography } from 'antd';
import { RequireSession } from '../../shared/RequireSession';
import { usePageTitle } from '../../shared/hooks';
import { useSession } from '../../shared/session';

function Landing() {
  const session = useSession();
  usePageTitle('工作台');
  return (
    <section>
      <Typography.Title level={2}>工作台</Typography.Title>
      <Card>
        <Typography.Paragraph>
          {session?.user.name}（{session?.user.email}），欢迎回来。
        </Typography.Paragraph>
      </Card>
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
