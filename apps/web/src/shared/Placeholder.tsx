import { Empty, Typography } from 'antd';
import { usePageTitle } from './hooks';

/** A page not built yet: its title and a note, so every route of WEB.md renders. */
export function Placeholder({ title }: { title: string }) {
  usePageTitle(title);
  return (
    <section>
      <Typography.Title level={2}>{title}</Typography.Title>
      <Empty description="建设中" />
    </section>
  );
}
