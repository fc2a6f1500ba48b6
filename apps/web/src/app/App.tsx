import { ApolloProvider } from '@apollo/client/react';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode, useMemo } from 'react';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './apollo';
import { router } from './router';

dayjs.locale('zh-cn');

/** Providers: antd in Chinese, one Apollo Client, the router. */
export function App() {
  const client = useMemo(() => createApolloClient((to) => void router.navigate(to)), []);
  return (
    <StrictMode>
      <ConfigProvider
        locale={zhCN}
        button={{ autoInsertSpace: false }}
        theme={{ token: { colorPrimary: '#1d5fbf' } }}
      >
        <ApolloProvider client={client}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </ConfigProvider>
    </StrictMode>
  );
}
