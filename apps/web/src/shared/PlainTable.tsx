// A read-only table of rows as plain <table> markup (caption, th scope, an empty row), styled like antd's.
// The trading pages use it instead of antd's Table: they need no sorting, filtering or selection, and
// antd's Table brings about 100 KB gzip (rc-table, the tree of its filter menu, pagination) into the
// initial script of the pages a visitor opens first.
import type { ReactNode } from 'react';
import './plain-table.css';

export interface PlainColumn<Row> {
  title: string;
  key: string;
  render: (row: Row) => ReactNode;
}

export function PlainTable<Row>({
  label,
  caption,
  columns,
  rows,
  rowKey,
  rowClassName,
  empty,
  busy,
}: {
  /** the table's accessible name (its caption when `caption` is true) */
  label: string;
  caption?: boolean;
  columns: PlainColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  rowClassName?: (row: Row, index: number) => string | undefined;
  empty: ReactNode;
  busy?: boolean;
}) {
  return (
    <div className="tm-table-scroll">
      <table className="tm-table" aria-label={label} aria-busy={busy || undefined}>
        {caption ? <caption>{label}</caption> : null}
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          ) : (
            rows.map((row, i) => (
              <tr key={rowKey(row)} className={rowClassName?.(row, i)}>
                {columns.map((c) => (
                  <td key={c.key}>{c.render(row)}</td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
