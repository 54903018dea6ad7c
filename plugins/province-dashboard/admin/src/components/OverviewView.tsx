/**
 * Province IT's overview: the province's figures and charts, then every commune as a row of a
 * table that sorts by any column (a button in each header, `aria-sort` says how) and filters by
 * status, by name or code, and to the communes whose scorecard is not complete. A commune's name
 * opens its dashboard.
 */
import { Box, Button, Field, Flex, Link, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import * as React from 'react';
import { NavLink } from 'react-router-dom';
import type { CommuneFigures, OverviewData } from '../../../shared';
import { PUBLISHED_KIND_LABELS, PUBLISHED_KINDS } from '../../../shared';
import { useOverviewExport } from '../api';
import { daysSince, formatDay, formatNumber, formatShare } from '../format';
import { PLUGIN_ID } from '../pluginId';
import { ChartCard, PublicationsChart, Sparkline } from './Charts';
import { CELL, FigureCards, NUMBER_CELL, TABLE_STYLE } from './Figures';

type SortKey =
  | 'name'
  | 'visitsToday'
  | 'visitsMonth'
  | 'visitsYear'
  | 'visitsTotal'
  | 'publishedMonth'
  | 'publishedYear'
  | 'waiting'
  | 'median'
  | 'onTime'
  | 'compliance'
  | 'lastPublished';

interface Column {
  key: SortKey;
  label: string;
  value(row: CommuneFigures): number | string | null;
}

const COLUMNS: Column[] = [
  { key: 'name', label: 'Xã, phường', value: (row) => row.commune.name },
  { key: 'visitsToday', label: 'Truy cập hôm nay', value: (row) => row.visits.today },
  { key: 'visitsMonth', label: 'Truy cập tháng này', value: (row) => row.visits.month },
  { key: 'visitsYear', label: 'Truy cập năm nay', value: (row) => row.visits.year },
  { key: 'visitsTotal', label: 'Tổng lượt truy cập', value: (row) => row.visits.total },
  { key: 'publishedMonth', label: 'Đăng tháng này', value: (row) => row.published.month.total },
  { key: 'publishedYear', label: 'Đăng năm nay', value: (row) => row.published.year.total },
  { key: 'waiting', label: 'Chờ duyệt', value: (row) => row.waiting.count },
  { key: 'median', label: 'Ngày từ ban hành đến khi đăng (trung vị)', value: (row) => row.documents.medianDays },
  { key: 'onTime', label: 'Văn bản đúng hạn 5 ngày', value: (row) => row.documents.withinShare },
  { key: 'compliance', label: 'Đầy đủ thông tin', value: (row) => row.compliance.score },
  { key: 'lastPublished', label: 'Đăng lần cuối', value: (row) => row.lastPublishedAt },
];

const collator = new Intl.Collator('vi');

/** Sorted by a column; empty values last whatever the direction. */
function sortRows(rows: CommuneFigures[], key: SortKey, ascending: boolean): CommuneFigures[] {
  const column = COLUMNS.find((candidate) => candidate.key === key) ?? COLUMNS[0];
  if (!column) return rows;
  return [...rows].sort((a, b) => {
    const [x, y] = [column.value(a), column.value(b)];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'string' && typeof y === 'string' ? collator.compare(x, y) : Number(x) - Number(y);
    return ascending ? order : -order;
  });
}

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

export function OverviewView({ data }: { data: OverviewData }) {
  const [sort, setSort] = React.useState<{ key: SortKey; ascending: boolean }>({ key: 'name', ascending: true });
  const [status, setStatus] = React.useState<'all' | 'active' | 'suspended'>('all');
  const [query, setQuery] = React.useState('');
  const [incomplete, setIncomplete] = React.useState(false);
  const exporter = useOverviewExport();

  const rows = sortRows(
    data.communes.filter(
      (row) =>
        (status === 'all' || row.commune.siteStatus === status) &&
        (!incomplete || row.compliance.score < 100) &&
        (query.trim() === '' || fold(`${row.commune.name} ${row.commune.code}`).includes(fold(query.trim()))),
    ),
    sort.key,
    sort.ascending,
  );
  const { charts } = data;

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Box>
        <Typography variant="beta" tag="h2">
          Toàn tỉnh ({data.communes.length} xã, phường) — số liệu ngày {formatDay(data.today)}
        </Typography>
        <Box paddingTop={3}>
          <FigureCards figures={data.province} />
        </Box>
      </Box>

      <Flex gap={6} wrap="wrap" alignItems="flex-start">
        <ChartCard
          title="Lượt truy cập toàn tỉnh theo tháng"
          unit="lượt"
          type="bars"
          buckets={charts.months}
          series={[{ label: 'Lượt truy cập', color: '#4945ff', values: charts.visits }]}
        />
        <PublicationsChart charts={charts} />
        <ChartCard
          title="Điểm đầy đủ thông tin bình quân các xã (%)"
          unit="điểm"
          type="line"
          buckets={charts.months}
          series={[{ label: 'Điểm bình quân', color: '#2f6846', values: charts.compliance }]}
        />
      </Flex>

      <Box background="neutral0" padding={4} hasRadius shadow="tableShadow">
        <Flex gap={4} wrap="wrap" alignItems="flex-end" paddingBottom={4}>
          <Field.Root name="q">
            <Field.Label>Tìm xã, phường (tên hoặc mã)</Field.Label>
            <TextInput value={query} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setQuery(event.target.value)} />
          </Field.Root>
          <Field.Root name="status">
            <Field.Label>Trạng thái</Field.Label>
            <SingleSelect value={status} onChange={(value: string | number) => setStatus(String(value) as typeof status)}>
              <SingleSelectOption value="all">Tất cả</SingleSelectOption>
              <SingleSelectOption value="active">Đang hoạt động</SingleSelectOption>
              <SingleSelectOption value="suspended">Tạm ngừng</SingleSelectOption>
            </SingleSelect>
          </Field.Root>
          <label style={{ display: 'flex', gap: 8, alignItems: 'center', paddingBottom: 10 }}>
            <input type="checkbox" checked={incomplete} onChange={(event) => setIncomplete(event.target.checked)} />
            <Typography>Chỉ xã còn thiếu thông tin bắt buộc</Typography>
          </label>
          <Button type="button" startIcon={<Download />} loading={exporter.exporting} onClick={() => void exporter.run()}>
            Tải về Excel
          </Button>
        </Flex>
        {exporter.failed && (
          <Typography textColor="danger600" role="alert">
            Không tải được tệp Excel. Hãy thử lại.
          </Typography>
        )}
        <Typography tag="p" variant="pi" textColor="neutral600" aria-live="polite">
          Đang hiện {rows.length}/{data.communes.length} xã, phường.
        </Typography>
        <Box style={{ overflowX: 'auto' }}>
          <table style={TABLE_STYLE}>
            <caption style={{ textAlign: 'left', padding: '8px 0' }}>
              <Typography variant="delta">Các xã, phường</Typography>
            </caption>
            <thead>
              <tr>
                {COLUMNS.map((column) => {
                  const active = sort.key === column.key;
                  return (
                    <th
                      key={column.key}
                      scope="col"
                      style={column.key === 'name' ? CELL : NUMBER_CELL}
                      aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
                    >
                      <button
                        type="button"
                        style={{
                          background: 'none',
                          border: 'none',
                          padding: 0,
                          font: 'inherit',
                          fontWeight: 600,
                          cursor: 'pointer',
                          textAlign: 'inherit',
                          color: '#32324d',
                        }}
                        onClick={() => setSort({ key: column.key, ascending: active ? !sort.ascending : column.key === 'name' })}
                      >
                        {column.label}
                        {active ? (sort.ascending ? ' ▲' : ' ▼') : ''}
                      </button>
                    </th>
                  );
                })}
                <th scope="col" style={CELL}>
                  12 tháng qua
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.commune.documentId}>
                  <th scope="row" style={CELL}>
                    <Link tag={NavLink} to={`/plugins/${PLUGIN_ID}?commune=${row.commune.documentId}`}>
                      {row.commune.name}
                    </Link>
                    <Typography tag="p" variant="pi" textColor="neutral600">
                      Mã {row.commune.code}
                      {row.commune.siteStatus === 'suspended' ? ' · Tạm ngừng' : ''}
                    </Typography>
                  </th>
                  <td style={NUMBER_CELL}>{formatNumber(row.visits.today)}</td>
                  <td style={NUMBER_CELL}>{formatNumber(row.visits.month)}</td>
                  <td style={NUMBER_CELL}>{formatNumber(row.visits.year)}</td>
                  <td style={NUMBER_CELL}>{formatNumber(row.visits.total)}</td>
                  <td style={NUMBER_CELL}>{formatNumber(row.published.month.total)}</td>
                  <td
                    style={NUMBER_CELL}
                    title={PUBLISHED_KINDS.map((kind) => `${PUBLISHED_KIND_LABELS[kind]}: ${row.published.year[kind]}`).join(', ')}
                  >
                    {formatNumber(row.published.year.total)}
                    <Typography tag="p" variant="pi" textColor="neutral600">
                      {row.published.year.tin} tin · {row.published.year.bai} bài · {row.published.year.document} VB
                    </Typography>
                  </td>
                  <td style={NUMBER_CELL}>
                    {row.waiting.count}
                    {row.waiting.oldestSince !== null && (
                      <Typography tag="p" variant="pi" textColor="neutral600">
                        lâu nhất {daysSince(row.waiting.oldestSince)} ngày
                      </Typography>
                    )}
                  </td>
                  <td style={NUMBER_CELL}>{row.documents.medianDays ?? '—'}</td>
                  <td style={NUMBER_CELL}>{formatShare(row.documents.withinShare)}</td>
                  <td style={NUMBER_CELL}>{row.compliance.score}%</td>
                  <td style={NUMBER_CELL}>{formatDay(row.lastPublishedAt)}</td>
                  <td style={CELL}>
                    <Sparkline
                      values={charts.visitsByCommune[row.commune.documentId] ?? []}
                      months={charts.months}
                      name={row.commune.name}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Box>
      </Box>
    </Flex>
  );
}
