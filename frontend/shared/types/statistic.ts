/**
 * Statistical publications (thống kê) as the statistics pages receive them.
 */
import type { Attachment } from './attachment';

export interface StatisticSummary {
  documentId: string;
  title: string;
  field: string;
  period: string;
  /** ISO date. */
  publishedOn: string | null;
  path: string;
}

export interface StatisticFieldGroup {
  field: string;
  publications: StatisticSummary[];
}

/** `GET /api/statistics`. */
export interface StatisticListResponse {
  groups: StatisticFieldGroup[];
  total: number;
}

export interface StatisticRow {
  indicator: string;
  unit: string | null;
  previous: number | null;
  current: number;
}

/** One bar of the chart, in the SVG's own units. */
export interface ChartBar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The value as printed at the bar's end. */
  label: string;
  labelX: number;
  series: 'previous' | 'current';
}

export interface ChartGroup {
  /** "Dân số (người)": the indicator with its unit. */
  label: string;
  /** The label broken into lines that fit the picture's width. */
  lines: string[];
  /** Baseline of the first line; the next ones follow lineHeight apart. */
  labelY: number;
  lineHeight: number;
  bars: ChartBar[];
}

/** A horizontal bar chart drawn on the server (no script); the table stays the accessible source. */
export interface BarChart {
  width: number;
  height: number;
  title: string;
  description: string;
  legend: { series: 'previous' | 'current'; label: string; x: number; y: number }[];
  groups: ChartGroup[];
}

/** `GET /api/statistics/:slug`. */
export interface StatisticDetail extends StatisticSummary {
  summary: string | null;
  currentLabel: string;
  previousLabel: string | null;
  rows: StatisticRow[];
  chart: BarChart | null;
  files: Attachment[];
  updatedAt: string | null;
}
