/**
 * A horizontal bar chart of a statistics table, laid out on the server and drawn by the page as
 * inline SVG (no script). Each indicator has its own scale: a table mixes people, hectares and
 * tonnes, so bars compare the two periods of one indicator, never two indicators.
 *
 * The layout fits a 360 px phone: the SVG is 360 units wide and scales down only a little, so its
 * 13-unit text stays readable. Pure functions, no Nuxt auto-imports: Jest imports this module.
 */
import type { BarChart, ChartBar, ChartGroup, StatisticRow } from '#shared/types/statistic';
import { formatNumber } from '#shared/utils/money';

export const CHART_WIDTH = 360;
const PADDING = 8;
const LEGEND_HEIGHT = 28;
const LABEL_HEIGHT = 20;
const BAR_HEIGHT = 16;
const BAR_GAP = 4;
const GROUP_GAP = 14;
/** Room right of the longest bar for its value. */
const VALUE_ROOM = 88;

export interface ChartInput {
  title: string;
  currentLabel: string;
  previousLabel: string | null;
  rows: readonly StatisticRow[];
}

function indicatorLabel(row: StatisticRow): string {
  return row.unit ? `${row.indicator} (${row.unit})` : row.indicator;
}

/** Bold 13-unit text fits about 40 characters across the 360-unit picture. */
const LINE_CHARACTERS = 40;

/** The label in lines of at most LINE_CHARACTERS, broken between words (a longer word stands alone). */
export function wrapLabel(label: string, width = LINE_CHARACTERS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter((part) => part !== '')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Null when there is nothing a chart can show: no rows, or negative values (a bar from zero
 * would mislead; the table says it better).
 */
export function layoutBarChart(input: ChartInput): BarChart | null {
  const rows = input.rows.filter((row) => Number.isFinite(row.current));
  if (rows.length === 0) return null;
  if (rows.some((row) => row.current < 0 || (row.previous !== null && row.previous < 0))) return null;
  const withPrevious = input.previousLabel !== null && rows.some((row) => row.previous !== null);
  const maxBar = CHART_WIDTH - 2 * PADDING - VALUE_ROOM;

  const groups: ChartGroup[] = [];
  let y = PADDING + LEGEND_HEIGHT;
  for (const row of rows) {
    const values: { series: 'previous' | 'current'; value: number }[] = [];
    if (withPrevious && row.previous !== null) values.push({ series: 'previous', value: row.previous });
    values.push({ series: 'current', value: row.current });
    const scale = Math.max(...values.map((entry) => entry.value));
    const label = indicatorLabel(row);
    const lines = wrapLabel(label);
    const labelY = y + 14;
    y += LABEL_HEIGHT * lines.length;
    const bars: ChartBar[] = values.map((entry) => {
      // A zero keeps a hairline, so that "0" still points at a bar.
      const width = scale > 0 ? Math.max(1, Math.round((entry.value / scale) * maxBar)) : 1;
      const bar: ChartBar = {
        x: PADDING,
        y,
        width,
        height: BAR_HEIGHT,
        label: formatNumber(entry.value),
        labelX: PADDING + width + 6,
        series: entry.series,
      };
      y += BAR_HEIGHT + BAR_GAP;
      return bar;
    });
    groups.push({ label, lines, labelY, lineHeight: LABEL_HEIGHT, bars });
    y += GROUP_GAP;
  }

  const legend: BarChart['legend'] = [];
  if (withPrevious && input.previousLabel) legend.push({ series: 'previous', label: input.previousLabel, x: PADDING, y: PADDING });
  legend.push({ series: 'current', label: input.currentLabel, x: withPrevious ? PADDING + CHART_WIDTH / 2 : PADDING, y: PADDING });

  const compared = withPrevious && input.previousLabel ? `${input.previousLabel} và ${input.currentLabel}` : input.currentLabel;
  return {
    width: CHART_WIDTH,
    height: Math.round(y - GROUP_GAP + PADDING),
    title: `Biểu đồ: ${input.title}`,
    description: `Biểu đồ thanh so sánh ${compared} cho ${rows.length} chỉ tiêu; mỗi chỉ tiêu có thang đo riêng. Số liệu đầy đủ ở bảng trên.`,
    legend,
    groups,
  };
}
