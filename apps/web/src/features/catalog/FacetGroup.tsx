// One facet group: a labelled group of checkboxes, each named by its value and its count.
import { Checkbox, Typography } from 'antd';
import { useId } from 'react';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  checked: boolean;
}

export function FacetGroup({
  title,
  options,
  onToggle,
}: {
  title: string;
  options: FacetOption[];
  onToggle: (value: string) => void;
}) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className="tm-facet">
      <Typography.Title level={3} id={id} style={{ fontSize: 15, margin: '12px 0 6px' }}>
        {title}
      </Typography.Title>
      {options.length === 0 ? <Typography.Text type="secondary">无</Typography.Text> : null}
      {options.map((o) => (
        <div key={o.value}>
          <Checkbox checked={o.checked} onChange={() => onToggle(o.value)}>
            {`${o.label} (${o.count})`}
          </Checkbox>
        </div>
      ))}
    </div>
  );
}
