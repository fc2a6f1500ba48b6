// An achievement's patents (each number's check digit checked as the server checks it) and its team.
import { useQuery } from '@apollo/client/react';
import { Button, Form, Input, Select, Space } from 'antd';
import { graphql } from '../../graphql';
import { ErrorNotice } from '../../shared/ErrorNotice';
import { checkRule } from './FormFields';
import { duplicatePatent, patentNumberProblem } from './patents';
import { LIMITS, textProblem } from './rules';
import { optionsOf, PATENT_KIND_WORDS } from './words';
import { useMyOrganization } from './useMyOrganization';

const OrganizationExpertsQuery = graphql(`
  query OrganizationExperts($organizationId: ID!) {
    experts(filter: { organizationId: $organizationId }, first: 100) {
      edges {
        node {
          id
          name
          title
        }
      }
    }
  }
`);

const KIND_OPTIONS = optionsOf(PATENT_KIND_WORDS);

export function PatentsField() {
  return (
    <Form.List
      name="patents"
      rules={[
        {
          validator: (_, patents: Array<{ number?: string }> | undefined) => {
            const twice = duplicatePatent((patents ?? []).map((p) => p?.number ?? ''));
            return twice ? Promise.reject(new Error(`专利号 ${twice} 重复`)) : Promise.resolve();
          },
        },
      ]}
    >
      {(rows, { add, remove }, { errors }) => (
        <Form.Item label="专利">
          {rows.map((row, i) => (
            <Space key={row.key} align="start" wrap>
              <Form.Item
                name={[row.name, 'number']}
                rules={[checkRule((v: string | undefined) => patentNumberProblem(v ?? ''))]}
              >
                <Input
                  aria-label={`专利号 ${i + 1}`}
                  placeholder="如 202110123456.7"
                  style={{ width: 200 }}
                />
              </Form.Item>
              <Form.Item name={[row.name, 'kind']} initialValue="INVENTION">
                <Select aria-label={`专利类型 ${i + 1}`} options={KIND_OPTIONS} style={{ width: 130 }} />
              </Form.Item>
              <Form.Item
                name={[row.name, 'title']}
                rules={[checkRule((v: string | undefined) => textProblem(v, LIMITS.title, true))]}
              >
                <Input
                  aria-label={`专利名称 ${i + 1}`}
                  placeholder="专利名称（可选）"
                  style={{ width: 220 }}
                />
              </Form.Item>
              <Button onClick={() => remove(row.name)} aria-label={`删除专利 ${i + 1}`}>
                删除
              </Button>
            </Space>
          ))}
          <Button type="dashed" onClick={() => add()}>
            添加专利
          </Button>
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}

/** Experts of the member's own organization (the server refuses others). */
export function TeamField() {
  const { organization } = useMyOrganization();
  const { data, loading, error } = useQuery(OrganizationExpertsQuery, {
    variables: { organizationId: organization?.id ?? '' },
    skip: !organization,
  });
  const options = (data?.experts.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: node.title ? `${node.name}（${node.title}）` : node.name,
  }));
  return (
    <Form.Item
      name="teamExpertIds"
      label="团队成员"
      extra={
        error ? (
          <ErrorNotice error={error} />
        ) : options.length ? undefined : (
          '本机构尚无专家，可在专家库中添加'
        )
      }
    >
      <Select mode="multiple" options={options} loading={loading} placeholder="选择本机构的专家" />
    </Form.Item>
  );
}
