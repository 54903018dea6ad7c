/**
 * Small SVG charts with their text alternatives: each chart is an image whose label says what it
 * shows and its highest point, and the figures behind it are a table under "Xem bảng số liệu",
 * so a screen reader (or anyone who wants the exact numbers) reads them as text. No chart
 * library: bars and a line are all the dashboard needs, and they cost nothing to load.
 */
import { Box, Typography } from '@strapi/design-system';
import * as React from 'react';
import { PUBLISHED_KIND_LABELS, PUBLISHED_KINDS, type MonthlyCharts } from '../../../shared';
import { formatNumber, formatMonth, shortMonth } from '../format';

export interface Series {
  label: string;
  color: string;
  values: Array<number | null>;
}

export interface ChartProps {
  title: string;
  /** The x axis: months (YYYY-MM) or days (YYYY-MM-DD). */
  buckets: string[];
  series: Series[];
  /** Stacked bars (several series add up) or a line (one series, gaps where null). */
  type: 'bars' | 'line';
  unit: string;
}

const WIDTH = 640;
const HEIGHT = 180;
const PAD = { top: 12, right: 8, bottom: 24, left: 44 };

const bucketLabel = (bucket: string): string => (bucket.length === 7 ? formatMonth(bucket) : bucket.split('-').reverse().join('/'));
const tickLabel = (bucket: string): string => (bucket.length === 7 ? shortMonth(bucket) : String(Number(bucket.slice(8, 10))));

/** "…: cao nhất 12/2026 (1.234 lượt)": the label's one-line summary. */
function summary(props: ChartProps, totals: Array<number | null>): string {
  let best = -1;
  totals.forEach((value, index) => {
    if (value !== null && (best < 0 || value > (totals[best] ?? 0))) best = index;
  });
  const range = `từ ${bucketLabel(props.buckets[0] ?? '')} đến ${bucketLabel(props.buckets.at(-1) ?? '')}`;
  if (best < 0) return `${props.title}, ${range}: chưa có số liệu.`;
  return `${props.title}, ${range}: cao nhất ${bucketLabel(props.buckets[best] ?? '')} với ${formatNumber(totals[best] ?? 0)} ${props.unit}. Bảng số liệu ở dưới.`;
}

export function Chart(props: ChartProps) {
  const { buckets, series, type } = props;
  const totals = buckets.map((_, index) => {
    const values = series.map((line) => line.values[index] ?? null).filter((value): value is number => value !== null);
    return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0);
  });
  const max = Math.max(1, ...totals.map((value) => value ?? 0));
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const step = innerWidth / Math.max(1, buckets.length);
  const y = (value: number): number => PAD.top + innerHeight - (value / max) * innerHeight;
  const label = summary(props, totals);
  const everyTick = Math.ceil(buckets.length / 12);

  return (
    <Box>
      <Typography variant="delta" tag="h3">
        {props.title}
      </Typography>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={label} style={{ maxWidth: WIDTH, display: 'block' }}>
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke="#666687" />
        <text x={PAD.left - 6} y={y(max) + 4} textAnchor="end" fontSize="11" fill="#32324d">
          {formatNumber(max)}
        </text>
        <text x={PAD.left - 6} y={y(0)} textAnchor="end" fontSize="11" fill="#32324d">
          0
        </text>
        {type === 'bars' &&
          buckets.map((bucket, index) => {
            let base = 0;
            return (
              <g key={bucket}>
                {series.map((line) => {
                  const value = line.values[index] ?? 0;
                  const top = y(base + value);
                  const height = y(base) - top;
                  base += value;
                  return height > 0 ? (
                    <rect
                      key={line.label}
                      x={PAD.left + index * step + step * 0.15}
                      width={step * 0.7}
                      y={top}
                      height={height}
                      fill={line.color}
                    />
                  ) : null;
                })}
              </g>
            );
          })}
        {type === 'line' &&
          series.map((line) => {
            const points = line.values.flatMap((value, index) =>
              value === null ? [] : [`${PAD.left + index * step + step / 2},${y(value)}`],
            );
            return (
              <g key={line.label}>
                <polyline points={points.join(' ')} fill="none" stroke={line.color} strokeWidth={2} />
                {line.values.map((value, index) =>
                  value === null ? null : (
                    <circle key={index} cx={PAD.left + index * step + step / 2} cy={y(value)} r={3} fill={line.color} />
                  ),
                )}
              </g>
            );
          })}
        {buckets.map((bucket, index) =>
          index % everyTick === 0 ? (
            <text key={bucket} x={PAD.left + index * step + step / 2} y={HEIGHT - 8} textAnchor="middle" fontSize="11" fill="#32324d">
              {tickLabel(bucket)}
            </text>
          ) : null,
        )}
      </svg>
      {series.length > 1 && (
        <Box tag="ul" style={{ display: 'flex', gap: 16, listStyle: 'none', padding: 0, flexWrap: 'wrap' }}>
          {series.map((line) => (
            <li key={line.label}>
              <span aria-hidden="true" style={{ display: 'inline-block', width: 10, height: 10, background: line.color, marginRight: 6 }} />
              <Typography variant="pi">{line.label}</Typography>
            </li>
          ))}
        </Box>
      )}
      <details>
        <summary>
          <Typography variant="pi">Xem bảng số liệu</Typography>
        </summary>
        <table style={{ borderCollapse: 'collapse', fontSize: 13 }}>
          <caption style={{ textAlign: 'left' }}>{props.title}</caption>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'left', paddingRight: 12 }}>
                {buckets[0]?.length === 7 ? 'Tháng' : 'Ngày'}
              </th>
              {series.map((line) => (
                <th key={line.label} scope="col" style={{ textAlign: 'right', paddingRight: 12 }}>
                  {line.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {buckets.map((bucket, index) => (
              <tr key={bucket}>
                <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal', paddingRight: 12 }}>
                  {bucketLabel(bucket)}
                </th>
                {series.map((line) => {
                  const value = line.values[index];
                  return (
                    <td key={line.label} style={{ textAlign: 'right', paddingRight: 12 }}>
                      {value === null || value === undefined ? '—' : formatNumber(value)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </Box>
  );
}

/** A row's twelve months of visits as a tiny line, labelled with the figures themselves. */
export function Sparkline({ values, months, name }: { values: number[]; months: string[]; name: string }) {
  const max = Math.max(1, ...values);
  const points = values.map((value, index) => `${(index * 96) / Math.max(1, values.length - 1) + 2},${22 - (value / max) * 20}`).join(' ');
  const label = `Lượt truy cập của ${name} theo tháng: ${values.map((value, index) => `${formatMonth(months[index] ?? '')} ${formatNumber(value)}`).join('; ')}`;
  return (
    <svg viewBox="0 0 100 24" width="100" height="24" role="img" aria-label={label}>
      <polyline points={points} fill="none" stroke="#4945ff" strokeWidth={1.5} />
    </svg>
  );
}

/** Colours with at least 3:1 contrast on white, one per kind of publication. */
const KIND_COLORS = { tin: '#4945ff', bai: '#b72b1a', document: '#2f6846', other: '#666687' } as const;

/** A chart in its card, as the dashboards lay them out side by side. */
export function ChartCard(props: ChartProps) {
  return (
    <Box style={{ flex: '1 1 420px' }} background="neutral0" padding={4} hasRadius shadow="tableShadow">
      <Chart {...props} />
    </Box>
  );
}

/** First publications per month, stacked by kind: the same chart on both dashboards. */
export function PublicationsChart({ charts }: { charts: MonthlyCharts }) {
  return (
    <ChartCard
      title="Tin, bài, văn bản đăng mỗi tháng"
      unit="mục"
      type="bars"
      buckets={charts.months}
      series={PUBLISHED_KINDS.map((kind) => ({
        label: PUBLISHED_KIND_LABELS[kind],
        color: KIND_COLORS[kind],
        values: charts.publications[kind],
      }))}
    />
  );
}
