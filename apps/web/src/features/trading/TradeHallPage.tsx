// 交易大厅: trade listings by mode and status, each with its countdown on the server's clock; the
// filters and the page live in the URL.
import { useQuery } from '@apollo/client/react';
import { Button, Radio, Select, Space, Spin, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../graphql';
import { ErrorNotice } from '../../shared/ErrorNotice';
import { PlainTable, type PlainColumn } from '../../shared/PlainTable';
import { formatMoney } from '../../shared/money';
import { usePageTitle, useServerNow } from '../../shared/hooks';
import { countdown, formatCountdown } from '../../shared/time';
import {
  hallClock,
  MODES,
  nextPage,
  previousPage,
  readHallFilters,
  STATUSES,
  withFilter,
  writeHallFilters,
  type HallFilters,
  type Mode,
  type Status,
} from './hall';
import { MODE_WORDS, STATUS_WORDS, wordOf } from './labels';

const PAGE_SIZE = 20;

const TradeHallQuery = graphql(`
  query TradeHall($mode: TradeMode, $status: [TradeStatus!], $first: Int, $after: String) {
    tradeListings(mode: $mode, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          currentMode
          status
          startsAt
          endsAt
          noticeEndsAt
          listPrice
          registrationCount
          achievement {
            id
            title
          }
          auction {
            startPrice
            currentPrice
            bidCount
          }
        }
      }
    }
  }
`);

type Row = NonNullable<ReturnType<typeof useHall>['data']>['tradeListings']['edges'][number]['node'];

function useHall(f: HallFilters) {
  return useQuery(TradeHallQuery, {
    variables: {
      mode: f.mode,
      status: f.status ? [f.status] : null,
      first: PAGE_SIZE,
      after: f.trail.at(-1) ?? null,
    },
  });
}

function price(row: Row): string {
  if (row.auction) return formatMoney(row.auction.currentPrice ?? row.auction.startPrice);
  return formatMoney(row.listPrice);
}

function Clock({ row, now }: { row: Row; now: number }) {
  const clock = hallClock(row);
  if (!clock) return <span>—</span>;
  return (
    <span role="timer" aria-label={clock.label}>
      {clock.label} {formatCountdown(countdown(clock.target, now))}
    </span>
  );
}

const columns = (now: number): PlainColumn<Row>[] => [
  {
    title: '成果',
    key: 'title',
    render: (row) => <Link to={`/trade/${row.id}`}>{row.achievement.title}</Link>,
  },
  { title: '方式', key: 'mode', render: (row) => <Tag>{wordOf(MODE_WORDS, row.currentMode)}</Tag> },
  { title: '状态', key: 'status', render: (row) => wordOf(STATUS_WORDS, row.status) },
  { title: '价格', key: 'price', render: (row) => price(row) },
  {
    title: '出价/报名',
    key: 'activity',
    render: (row) =>
      row.auction
        ? `${row.auction.bidCount} 次出价`
        : row.currentMode === 'LISTING'
          ? `${row.registrationCount} 家登记意向`
          : '—',
  },
  { title: '倒计时', key: 'clock', render: (row) => <Clock row={row} now={now} /> },
];

export function TradeHallPage() {
  usePageTitle('交易大厅');
  const [params, setParams] = useSearchParams();
  const filters = readHallFilters(params);
  const go = (f: HallFilters) => setParams(writeHallFilters(f));
  const { data, loading, error, previousData } = useHall(filters);
  const now = useServerNow();
  const conn = (data ?? previousData)?.tradeListings;

  return (
    <section>
      <Typography.Title level={2}>交易大厅</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Radio.Group
          aria-label="交易方式"
          value={filters.mode ?? ''}
          onChange={(e) => go(withFilter(filters, { mode: (e.target.value as Mode) || null }))}
          optionType="button"
          options={[{ value: '', label: '全部' }, ...MODES.map((m) => ({ value: m, label: MODE_WORDS[m]! }))]}
        />
        <Select
          aria-label="状态"
          style={{ width: 140 }}
          value={filters.status ?? ''}
          onChange={(v: string) => go(withFilter(filters, { status: (v as Status) || null }))}
          options={[
            { value: '', label: '全部状态' },
            ...STATUSES.map((s) => ({ value: s, label: STATUS_WORDS[s]! })),
          ]}
        />
      </Space>
      {error ? <ErrorNotice error={error} /> : null}
      {!conn && loading ? <Spin tip="加载中" /> : null}
      {conn ? (
        <>
          <PlainTable<Row>
            label="交易列表"
            busy={loading}
            rows={conn.edges.map((e) => e.node)}
            rowKey={(row) => row.id}
            empty="暂无符合条件的交易"
            columns={columns(now)}
          />
          <Space style={{ marginTop: 16 }}>
            <span>
              共 {conn.totalCount} 项 · 第 {filters.trail.length + 1} 页
            </span>
            <Button disabled={!filters.trail.length} onClick={() => go(previousPage(filters))}>
              上一页
            </Button>
            <Button
              disabled={!conn.pageInfo.hasNextPage || !conn.pageInfo.endCursor}
              onClick={() => go(nextPage(filters, conn.pageInfo.endCursor!))}
            >
              下一页
            </Button>
          </Space>
        </>
      ) : null}
    </section>
  );
}
