// Form items both workspace forms use: checked in the browser as the server checks them.
import { Checkbox, Form, Input, Select, Space, TreeSelect } from 'antd';
import type { Rule } from 'antd/es/form';
import { ErrorNotice } from '../../shared/ErrorNotice';
import { useFieldTree } from '../../shared/hooks';
import { MONEY_UNITS, moneyInputProblem, type MoneyUnit } from '../../shared/money-input';
import { keywordsProblem, textProblem } from './rules';
import { optionsOf, TRANSFER_MODE_WORDS } from './words';

/** A rule from a pure check that answers words or null. */
export const checkRule = <T,>(problem: (value: T) => string | null): Rule => ({
  validator: (_rule, value: T) => {
    const words = problem(value);
    return words ? Promise.reject(new Error(words)) : Promise.resolve();
  },
});

export function TextField(props: {
  name: string;
  label: string;
  max: number;
  rows?: number;
  optional?: boolean;
}) {
  const { name, label, max, rows, optional = false } = props;
  return (
    <Form.Item
      name={name}
      label={label}
      required={!optional}
      rules={[checkRule((v: string | undefined) => textProblem(v, max, optional))]}
    >
      {rows ? (
        <Input.TextArea rows={rows} showCount={{ formatter: ({ count }) => `${count} / ${max}` }} />
      ) : (
        <Input />
      )}
    </Form.Item>
  );
}

export function KeywordsField() {
  return (
    <Form.Item
      name="keywords"
      label="关键词"
      extra="以逗号分隔，最多 20 个"
      rules={[checkRule((v: string[] | undefined) => keywordsProblem(v))]}
    >
      <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、']} />
    </Form.Item>
  );
}

export function FieldCodesField() {
  const { tree, loading, error } = useFieldTree();
  return (
    <Form.Item
      name="fieldCodes"
      label="领域"
      required
      rules={[{ required: true, type: 'array', min: 1, message: '请选择领域' }]}
      extra={error ? <ErrorNotice error={error} /> : undefined}
    >
      <TreeSelect
        multiple
        treeData={tree}
        loading={loading}
        showSearch
        treeNodeFilterProp="title"
        placeholder="选择一个或多个领域"
      />
    </Form.Item>
  );
}

export function ModesField({ name, label }: { name: string; label: string }) {
  return (
    <Form.Item
      name={name}
      label={label}
      required
      rules={[{ required: true, type: 'array', min: 1, message: `请选择${label}` }]}
    >
      <ModesGroup label={label} />
    </Form.Item>
  );
}

const MODE_OPTIONS = optionsOf(TRANSFER_MODE_WORDS);

/** The checkboxes of the transfer modes, as a group named by its label. */
function ModesGroup(props: { label: string; value?: string[]; onChange?: (value: string[]) => void }) {
  return (
    <div role="group" aria-label={props.label}>
      <Checkbox.Group options={MODE_OPTIONS} value={props.value} onChange={props.onChange} />
    </div>
  );
}

/** An amount in 元 or 万元 (`${name}Unit`); empty is 面议. */
export function MoneyField({ name, label }: { name: string; label: string }) {
  const unitName = `${name}Unit`;
  return (
    <Form.Item label={label} htmlFor={name} extra="留空为面议">
      <Space.Compact>
        <Form.Item
          name={name}
          noStyle
          dependencies={[unitName]}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) => {
                const words = moneyInputProblem(value, getFieldValue(unitName) as MoneyUnit);
                return words ? Promise.reject(new Error(words)) : Promise.resolve();
              },
            }),
          ]}
        >
          <Input id={name} inputMode="decimal" placeholder="面议" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name={unitName} noStyle>
          <Select
            aria-label={`${label}单位`}
            options={MONEY_UNITS.map((u) => ({ value: u, label: u }))}
            style={{ width: 90 }}
          />
        </Form.Item>
      </Space.Compact>
    </Form.Item>
  );
}
