// Loading, error and empty states of a query, the same on every page.
import { Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { ErrorNotice } from './ErrorNotice';

export function QueryState({
  loading,
  error,
  empty,
  emptyText = '暂无数据',
  children,
}: {
  loading: boolean;
  error: unknown;
  empty: boolean;
  emptyText?: string;
  children: ReactNode;
}) {
  if (error) return <ErrorNotice error={error} />;
  if (loading) return <Skeleton active aria-busy="true" aria-label="加载中" />;
  if (empty) return <Empty description={emptyText} />;
  return <>{children}</>;
}
