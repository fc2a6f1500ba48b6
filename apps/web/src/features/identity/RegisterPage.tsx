// /register: an organization with its first member. Checked here as the server checks; the server's
// refusals are shown next to their field; success signs in and lands on /workspace.
import { useMutation } from '@apollo/client/react';
import { Button, Cascader, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../graphql';
import type { OrganizationKind } from '../../graphql/graphql';
import { ErrorNotice } from '../../shared/ErrorNotice';
import { fieldErrors, type ErrorIssue } from '../../shared/errors';
import { usePageTitle } from '../../shared/hooks';
import { useRegionOptions } from '../../shared/region-name';
import { saveSession } from '../../shared/session';
import { ORGANIZATION_KIND_WORDS } from '../../shared/words';
import { creditCodeProblem, emailProblem, passwordProblem } from './registration-rules';

const RegisterMutation = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
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

interface Values {
  email: string;
  password: string;
  name: string;
  orgName: string;
  kind: OrganizationKind;
  creditCode: string;
  region: string[];
}

/** The server's reasons (and its extensions.field paths) → this form's fields. */
const FIELD_OF_REASON: Record<string, string> = {
  INVALID_EMAIL: 'email',
  EMAIL_TAKEN: 'email',
  PASSWORD_TOO_SHORT: 'password',
  PASSWORD_TOO_LONG: 'password',
  INVALID_CREDIT_CODE: 'creditCode',
  INVALID_REGION_CODE: 'region',
  REGION_REQUIRED: 'region',
};
const FIELD_OF_PATH: Record<string, string> = {
  email: 'email',
  password: 'password',
  name: 'name',
  'organization.name': 'orgName',
  'organization.kind': 'kind',
  'organization.creditCode': 'creditCode',
  'organization.regionCode': 'region',
};

const rule = (problem: (v: string) => string | null) => ({
  validator: (_: unknown, value: string | undefined) => {
    const p = problem(value ?? '');
    return p ? Promise.reject(new Error(p)) : Promise.resolve();
  },
});

const KINDS = Object.entries(ORGANIZATION_KIND_WORDS).map(([value, label]) => ({ value, label }));

export function RegisterPage() {
  usePageTitle('注册');
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const regions = useRegionOptions();
  const [register, { loading }] = useMutation(RegisterMutation);
  const [rest, setRest] = useState<ErrorIssue[]>([]);

  const submit = async (v: Values) => {
    setRest([]);
    try {
      const { data } = await register({
        variables: {
          input: {
            email: v.email.trim(),
            password: v.password,
            name: v.name.trim(),
            organization: {
              name: v.orgName.trim(),
              kind: v.kind,
              creditCode: v.creditCode.trim().toUpperCase(),
              regionCode: v.region[v.region.length - 1]!,
            },
          },
        },
      });
      if (!data) return;
      saveSession(data.register.accessToken, data.register.user);
      await navigate('/workspace', { replace: true });
    } catch (err) {
      const byReason = fieldErrors(err, FIELD_OF_REASON);
      form.setFields(
        byReason.fields.map((f) => ({ name: FIELD_OF_PATH[f.name] ?? f.name, errors: f.errors })) as never,
      );
      setRest(byReason.rest);
    }
  };

  return (
    <section className="tm-panel" style={{ maxWidth: 560 }}>
      <Typography.Title level={2}>注册</Typography.Title>
      <Typography.Paragraph type="secondary">
        注册机构及其第一位成员。已有账号？<Link to="/login">登录</Link>
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
        <Form.Item label="邮箱" name="email" rules={[rule(emailProblem)]}>
          <Input autoComplete="email" />
        </Form.Item>
        <Form.Item label="密码" name="password" rules={[rule(passwordProblem)]} extra="至少 8 位">
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="姓名"
          name="name"
          rules={[{ required: true, whitespace: true, message: '请输入姓名' }, { max: 100 }]}
        >
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item
          label="机构名称"
          name="orgName"
          rules={[{ required: true, whitespace: true, min: 2, message: '机构名称至少 2 个字' }, { max: 200 }]}
        >
          <Input autoComplete="organization" />
        </Form.Item>
        <Form.Item label="机构类型" name="kind" rules={[{ required: true, message: '请选择机构类型' }]}>
          <Select options={KINDS} placeholder="请选择" />
        </Form.Item>
        <Form.Item
          label="统一社会信用代码"
          name="creditCode"
          rules={[rule(creditCodeProblem)]}
          extra="18 位，见营业执照"
        >
          <Input maxLength={18} style={{ textTransform: 'uppercase' }} />
        </Form.Item>
        <Form.Item label="所在地区" name="region" rules={[{ required: true, message: '请选择所在地区' }]}>
          <Cascader
            options={regions ?? []}
            loading={!regions}
            placeholder="省 / 市"
            showSearch
            changeOnSelect
          />
        </Form.Item>
        {rest.length ? (
          <Form.Item>
            <ErrorNotice error={rest.map((r) => ({ message: r.words, extensions: { reason: r.reason } }))} />
          </Form.Item>
        ) : null}
        <Button type="primary" htmlType="submit" loading={loading} block>
          注册
        </Button>
      </Form>
    </section>
  );
}
