// The page frame: header (the contract's links, session controls, notifications), the page, footer.
import { useApolloClient } from '@apollo/client/react';
import { Button, Layout, Space, Spin } from 'antd';
import { Suspense } from 'react';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { clearSession, useSession } from '../shared/session';
import { NotificationsButton } from './NotificationsButton';
import './frame.css';

const NAV = [
  { to: '/achievements', label: '科技成果' },
  { to: '/needs', label: '技术需求' },
  { to: '/experts', label: '专家' },
  { to: '/trade', label: '交易大厅' },
  { to: '/stats', label: '统计' },
];

function SessionControls() {
  const session = useSession();
  const navigate = useNavigate();
  const client = useApolloClient();
  if (!session)
    return (
      <Space>
        <Link to="/login">登录</Link>
        <Link to="/register">注册</Link>
      </Space>
    );
  const signOut = async () => {
    clearSession();
    await client.clearStore();
    await navigate('/');
  };
  return (
    <Space size="middle">
      <NotificationsButton />
      {session.user.role === 'OPERATOR' ? <Link to="/admin">运营后台</Link> : null}
      <Link to="/workspace">工作台</Link>
      <Button type="link" onClick={() => void signOut()}>
        退出
      </Button>
    </Space>
  );
}

export function Frame() {
  return (
    <Layout className="tm-frame">
      <a href="#main" className="tm-skip">
        跳到正文
      </a>
      <Layout.Header className="tm-header">
        <Link to="/" className="tm-brand">
          网上技术市场
        </Link>
        <nav aria-label="主导航" className="tm-nav">
          {NAV.map((item) => (
            <NavLink key={item.to} to={item.to}>
              {item.label}
            </NavLink>
          ))}
        </nav>
        <SessionControls />
      </Layout.Header>
      <Layout.Content className="tm-content">
        <div id="main" tabIndex={-1}>
          <Suspense fallback={<Spin />}>
            <Outlet />
          </Suspense>
        </div>
      </Layout.Content>
      <Layout.Footer className="tm-footer">网上技术市场 · 时间均为北京时间</Layout.Footer>
    </Layout>
  );
}
