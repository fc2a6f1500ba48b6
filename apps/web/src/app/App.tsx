import { ApolloProvider } from '@apollo/client/react';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { RouterProvider } from 'react-router';
import { client, navigateWith } from './client';
import { router } from './router';
import { THEME } from './theme';

dayjs.locale('zh-cn');
navigateWith((to) => void router.navigate(to));

/** Providers: antd in Chinese, one Apollo Client, the router. */
export function App() {
  return (
    <StrictMode>
      <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={THEME}>
        <ApolloProvider client={client}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </ConfigProvider>
    </StrictMode>
  );
}
