// /workspace/needs/new and /workspace/needs/:id/edit: a technology need as a draft, then to review.
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Form, Select, Skeleton, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../graphql';
import type { Maturity, NeedInput, TransferMode } from '../../graphql/graphql';
import { ErrorNotice } from '../../shared/ErrorNotice';
import { usePageTitle } from '../../shared/hooks';
import { moneyInputToYuan, yuanToMoneyInput, type MoneyUnit } from '../../shared/money-input';
import { RequireSession } from '../../shared/RequireSession';
import { FieldCodesField, KeywordsField, MoneyField, ModesField, TextField } from './FormFields';
import { LIMITS, cleanKeywords } from './rules';
import { SubmitNeed } from './submit-operations';
import { useDraftForm } from './useDraftForm';
import { MATURITY_WORDS, optionsOf } from './words';

const NeedQuery = graphql(`
  query WorkspaceNeed($id: ID!) {
    need(id: $id) {
      id
      title
      description
      keywords
      fieldCodes
      minMaturity
      cooperationModes
      budgetMin
      budgetMax
      deadline
      regionCode
      status
      reviewComment
      challenge {
        reward
        submissionDeadline
      }
    }
  }
`);

const CreateNeed = graphql(`
  mutation CreateNeed($input: NeedInput!) {
    createNeed(input: $input) {
      id
      status
    }
  }
`);

const UpdateNeed = graphql(`
  mutation UpdateNeed($id: ID!, $input: NeedInput!) {
    updateNeed(id: $id, input: $input) {
      id
      status
    }
  }
`);

interface Values {
  title: string;
  description: string;
  keywords?: string[];
  fieldCodes: string[];
  minMaturity?: Maturity;
  cooperationModes: TransferMode[];
  budgetMax?: string;
  budgetMaxUnit: MoneyUnit;
}

const FIELDS = [
  'title',
  'description',
  'keywords',
  'fieldCodes',
  'minMaturity',
  'cooperationModes',
  'budgetMax',
];

/** What the form edits, over what it keeps as loaded (budget floor, deadlines, the challenge, region). */
type Kept = Pick<NeedInput, 'budgetMin' | 'deadline' | 'regionCode' | 'challenge'>;

const toInput = (v: Values, kept: Kept): NeedInput => ({
  ...kept,
  title: v.title.trim(),
  description: v.description.trim(),
  keywords: cleanKeywords(v.keywords),
  fieldCodes: v.fieldCodes,
  minMaturity: v.minMaturity ?? null,
  cooperationModes: v.cooperationModes,
  budgetMax: moneyInputToYuan(v.budgetMax, v.budgetMaxUnit),
});

function NeedForm() {
  const { id } = useParams();
  usePageTitle(id ? '编辑需求' : '发布需求');
  const [form] = Form.useForm<Values>();
  const { data, loading, error } = useQuery(NeedQuery, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'network-only',
  });
  const [create] = useMutation(CreateNeed);
  const [update] = useMutation(UpdateNeed);
  const [submitMutation] = useMutation(SubmitNeed);
  const item = data?.need;
  const kept: Kept = item
    ? {
        budgetMin: item.budgetMin,
        deadline: item.deadline,
        regionCode: item.regionCode,
        challenge: item.challenge
          ? { reward: item.challenge.reward, submissionDeadline: item.challenge.submissionDeadline }
          : null,
      }
    : {};

  useEffect(() => {
    if (!item) return;
    const budget = yuanToMoneyInput(item.budgetMax);
    form.setFieldsValue({
      title: item.title,
      description: item.description,
      keywords: item.keywords,
      fieldCodes: item.fieldCodes,
      minMaturity: item.minMaturity ?? undefined,
      cooperationModes: item.cooperationModes,
      budgetMax: budget.amount,
      budgetMaxUnit: budget.unit,
    });
  }, [item, form]);

  const flow = useDraftForm<Values>({
    form,
    id,
    fields: FIELDS,
    fieldOfReason: { INVALID_MONEY: 'budgetMax', BUDGET_RANGE: 'budgetMax' },
    save: async (values, savedId) => {
      const input = toInput(values, kept);
      if (savedId) return (await update({ variables: { id: savedId, input } })).data!.updateNeed.id;
      return (await create({ variables: { input } })).data!.createNeed.id;
    },
    submit: (savedId) => submitMutation({ variables: { id: savedId } }),
    listPath: '/workspace/needs',
  });

  if (id && loading) return <Skeleton active />;
  if (id && error) return <ErrorNotice error={error} />;
  if (id && !item) return <Alert type="warning" showIcon message="没有找到这项需求，或您无权编辑" />;

  return (
    <Card>
      <Typography.Title level={2}>{id ? '编辑需求' : '发布需求'}</Typography.Title>
      <Typography.Paragraph>
        <Link to="/workspace/needs">返回我的需求</Link>
      </Typography.Paragraph>
      {item?.reviewComment ? (
        <Alert
          type="info"
          showIcon
          message={`审核意见：${item.reviewComment}`}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ budgetMaxUnit: '万元', cooperationModes: [] }}
        style={{ maxWidth: 720 }}
      >
        <TextField name="title" label="标题" max={LIMITS.title} />
        <TextField name="description" label="需求描述" max={LIMITS.description} rows={6} />
        <KeywordsField />
        <FieldCodesField />
        <Form.Item name="minMaturity" label="成熟度" extra="可接受的最低成熟度（可选）">
          <Select allowClear options={optionsOf(MATURITY_WORDS)} placeholder="不限" />
        </Form.Item>
        <ModesField name="cooperationModes" label="合作方式" />
        <MoneyField name="budgetMax" label="预算" />
        <ErrorNotice error={flow.error} />
        <Space style={{ marginTop: 16 }}>
          <Button
            onClick={() => void flow.saveDraft()}
            loading={flow.busy === 'draft'}
            disabled={!!flow.busy}
          >
            保存草稿
          </Button>
          <Button
            type="primary"
            onClick={() => void flow.submit()}
            loading={flow.busy === 'submit'}
            disabled={!!flow.busy}
          >
            提交审核
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

export function NeedFormPage() {
  return (
    <RequireSession>
      <NeedForm />
    </RequireSession>
  );
}
