// /workspace/achievements/new and /workspace/achievements/:id/edit: an achievement as a draft, then to review.
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Form, Select, Skeleton, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../graphql';
import type { AchievementInput, Maturity, PatentKind, TransferMode } from '../../graphql/graphql';
import { ErrorNotice } from '../../shared/ErrorNotice';
import { usePageTitle } from '../../shared/hooks';
import { moneyInputToYuan, yuanToMoneyInput, type MoneyUnit } from '../../shared/money-input';
import { RequireSession } from '../../shared/RequireSession';
import { FieldCodesField, KeywordsField, MoneyField, ModesField, TextField } from './FormFields';
import { PatentsField, TeamField } from './AchievementExtras';
import { LIMITS, cleanKeywords } from './rules';
import { SubmitAchievement } from './submit-operations';
import { useDraftForm } from './useDraftForm';
import { MATURITY_WORDS, optionsOf } from './words';

const AchievementQuery = graphql(`
  query WorkspaceAchievement($id: ID!) {
    achievement(id: $id) {
      id
      title
      summary
      description
      keywords
      fieldCodes
      maturity
      transferModes
      askingPrice
      status
      reviewComment
      patents {
        number
        title
        kind
      }
      team {
        id
      }
    }
  }
`);

const CreateAchievement = graphql(`
  mutation CreateAchievement($input: AchievementInput!) {
    createAchievement(input: $input) {
      id
      status
    }
  }
`);

const UpdateAchievement = graphql(`
  mutation UpdateAchievement($id: ID!, $input: AchievementInput!) {
    updateAchievement(id: $id, input: $input) {
      id
      status
    }
  }
`);

interface Values {
  title: string;
  summary: string;
  description?: string;
  keywords?: string[];
  fieldCodes: string[];
  maturity: Maturity;
  transferModes: TransferMode[];
  askingPrice?: string;
  askingPriceUnit: MoneyUnit;
  patents?: Array<{ number: string; kind: PatentKind; title?: string }>;
  teamExpertIds?: string[];
}

const FIELDS = [
  'title',
  'summary',
  'description',
  'keywords',
  'fieldCodes',
  'maturity',
  'transferModes',
  'askingPrice',
  'teamExpertIds',
];

const toInput = (v: Values): AchievementInput => ({
  title: v.title.trim(),
  summary: v.summary.trim(),
  description: v.description?.trim() || null,
  keywords: cleanKeywords(v.keywords),
  fieldCodes: v.fieldCodes,
  maturity: v.maturity,
  transferModes: v.transferModes,
  askingPrice: moneyInputToYuan(v.askingPrice, v.askingPriceUnit),
  patents: (v.patents ?? []).map((p) => ({
    number: p.number.trim(),
    kind: p.kind,
    title: p.title?.trim() || null,
  })),
  teamExpertIds: v.teamExpertIds ?? [],
});

function AchievementForm() {
  const { id } = useParams();
  usePageTitle(id ? '编辑成果' : '发布成果');
  const [form] = Form.useForm<Values>();
  const { data, loading, error } = useQuery(AchievementQuery, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'network-only',
  });
  const [create] = useMutation(CreateAchievement);
  const [update] = useMutation(UpdateAchievement);
  const [submitMutation] = useMutation(SubmitAchievement);
  const item = data?.achievement;

  useEffect(() => {
    if (!item) return;
    const price = yuanToMoneyInput(item.askingPrice);
    form.setFieldsValue({
      ...item,
      description: item.description ?? undefined,
      askingPrice: price.amount,
      askingPriceUnit: price.unit,
      patents: item.patents.map((p) => ({ ...p, title: p.title ?? undefined })),
      teamExpertIds: item.team.map((e) => e.id),
    });
  }, [item, form]);

  const flow = useDraftForm<Values>({
    form,
    id,
    fields: FIELDS,
    fieldOfReason: { INVALID_MONEY: 'askingPrice' },
    save: async (values, savedId) => {
      const input = toInput(values);
      if (savedId) return (await update({ variables: { id: savedId, input } })).data!.updateAchievement.id;
      return (await create({ variables: { input } })).data!.createAchievement.id;
    },
    submit: (savedId) => submitMutation({ variables: { id: savedId } }),
    listPath: '/workspace/achievements',
  });

  if (id && loading) return <Skeleton active />;
  if (id && error) return <ErrorNotice error={error} />;
  if (id && !item) return <Alert type="warning" showIcon message="没有找到这项成果，或您无权编辑" />;

  return (
    <Card>
      <Typography.Title level={2}>{id ? '编辑成果' : '发布成果'}</Typography.Title>
      <Typography.Paragraph>
        <Link to="/workspace/achievements">返回我的成果</Link>
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
        initialValues={{ askingPriceUnit: '万元', transferModes: [], patents: [] }}
        style={{ maxWidth: 720 }}
      >
        <TextField name="title" label="标题" max={LIMITS.title} />
        <TextField name="summary" label="摘要" max={LIMITS.summary} rows={4} />
        <TextField name="description" label="详细介绍" max={LIMITS.description} rows={6} optional />
        <KeywordsField />
        <FieldCodesField />
        <Form.Item name="maturity" label="成熟度" rules={[{ required: true, message: '请选择成熟度' }]}>
          <Select options={optionsOf(MATURITY_WORDS)} placeholder="选择成熟度" />
        </Form.Item>
        <ModesField name="transferModes" label="转化方式" />
        <MoneyField name="askingPrice" label="价格" />
        <PatentsField />
        <TeamField />
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

export function AchievementFormPage() {
  return (
    <RequireSession>
      <AchievementForm />
    </RequireSession>
  );
}
