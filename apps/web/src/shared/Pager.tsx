// Keyset paging for a list whose page is in its URL: 第一页 and 下一页 as links (the back button goes back).
import { Space, Typography } from 'antd';
import { Link } from 'react-router';

export function Pager({
  page,
  total,
  pageInfo,
  hrefAt,
}: {
  page: number;
  total: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  /** the URL of the page after `after` (null: the first page), numbered `page` */
  hrefAt: (after: string | null, page: number) => string;
}) {
  return (
    <nav aria-label="分页">
      <Space size="large">
        <Typography.Text>
          第 {page} 页 · 共 {total} 条
        </Typography.Text>
        {page > 1 ? <Link to={hrefAt(null, 1)}>第一页</Link> : null}
        {pageInfo.hasNextPage && pageInfo.endCursor ? (
          <Link to={hrefAt(pageInfo.endCursor, page + 1)}>下一页</Link>
        ) : null}
      </Space>
    </nav>
  );
}
