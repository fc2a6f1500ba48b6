import { Button, Result } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/** What a page that threw shows instead of a blank screen (the header stays when it is a child route). */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (error && !notFound) console.error(error);
  return (
    <Result
      status={notFound ? '404' : 'error'}
      title={notFound ? '页面不存在' : '页面出错了'}
      subTitle={notFound ? undefined : '请刷新重试；问题持续时请联系运营人员。'}
      extra={
        <Button type="primary" href="/">
          返回首页
        </Button>
      }
    />
  );
}
