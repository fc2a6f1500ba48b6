// One facet group: a labelled group of checkboxes, each named by its value and its count. What is
// checked comes from the URL; a click shows at once, before the router has moved to the new URL.
import { Checkbox, Typography } from 'antd';
import { useId, useState } from 'react';

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
  // the value clicked, while the URL still shows what it showed at the click
  const [clicked, setClicked] = useState<{ value: string; at: string } | null>(null);
  const checkedNow = options
    .filter((o) => o.checked)
    .map((o) => o.value)
    .join(',');
  const pending = clicked?.at === checkedNow ? clicked.value : null;
  return (
    <div role="group" aria-labelledby={id} className="tm-facet">
      <Typography.Title level={3} id={id} style={{ fontSize: 15, margin: '12px 0 6px' }}>
        {title}
      </Typography.Title>
      {options.length === 0 ? <Typography.Text type="secondary">无</Typography.Text> : null}
      {options.map((o) => (
        <div key={o.value}>
          <Checkbox
            checked={o.value === pending ? !o.checked : o.checked}
            onChange={() => {
              setClicked({ value: o.value, at: checkedNow });
              onToggle(o.value);
            }}
          >
            {`${o.label} (${o.count})`}
          </Checkbox>
        </div>
      ))}
    </div>
  );
}
