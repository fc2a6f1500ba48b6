import { useMutation } from '@apollo/client/react';
import { Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../../graphql';
import { ErrorNotice } from '../../shared/ErrorNotice';
import { usePageTitle } from '../../shared/hooks';
import { saveSession } from '../../shared/session';

const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      user {
        id
        email
        name
        role
      }
    }
  }
`);

/** Only a path on this site is a place to go back to after signing in. */
export const safeNext = (next: string | null): string =>
  next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/workspace';

export function LoginPage() {
  usePageTitle('登录');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [login, { loading, error }] = useMutation(LoginMutation);

  const submit = async (values: { email: string; password: string }) => {
    const { data } = await login({ variables: values }).catch(() => ({ data: undefined }));
    if (!data) return;
    saveSession(data.login.accessToken, data.login.user);
    await navigate(safeNext(params.get('next')), { replace: true });
  };

  return (
    <Card style={{ maxWidth: 420, margin: '48px auto' }}>
      <Typography.Title level={2}>登录</Typography.Title>
      <Form layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          label="邮箱"
          name="email"
          rules={[{ required: true, type: 'email', message: '请输入有效的邮箱' }]}
        >
          <Input autoComplete="email" />
        </Form.Item>
        <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        {error ? (
          <Form.Item>
            <ErrorNotice error={error} />
          </Form.Item>
        ) : null}
        <Button type="primary" htmlType="submit" loading={loading} block>
          登录
        </Button>
      </Form>
    </Card>
  );
}
