import { Typography } from 'antd';
import { usePageTitle } from '../shared/hooks';

export function HomePage() {
  usePageTitle('首页');
  return (
    <section>
      <Typography.Title level={2}>网上技术市场</Typography.Title>
      <Typography.Paragraph>
        高校院所的科技成果、企业的技术需求、专家库与技术交易，一站汇聚。
      </Typography.Paragraph>
    </section>
  );
}
