import { CHART_WIDTH, layoutBarChart, wrapLabel } from '../bar-chart';

const rows = [
  { indicator: 'Diện tích lúa', unit: 'ha', previous: 600, current: 300 },
  { indicator: 'Sản lượng', unit: 'tấn', previous: 4000, current: 5000 },
];

describe('the statistics bar chart layout', () => {
  it('draws one labelled group per indicator with a bar per period, each indicator on its own scale', () => {
    const chart = layoutBarChart({ title: 'Sản xuất', currentLabel: 'Năm 2025', previousLabel: 'Năm 2024', rows });
    expect(chart).not.toBeNull();
    if (!chart) return;
    expect(chart.width).toBe(CHART_WIDTH);
    expect(chart.groups.map((group) => group.label)).toEqual(['Diện tích lúa (ha)', 'Sản lượng (tấn)']);
    const [area, output] = chart.groups;
    expect(area?.bars.map((bar) => bar.series)).toEqual(['previous', 'current']);
    // 300 is half of 600: half the longest bar of its own group.
    expect(area?.bars[1]?.width).toBe(Math.round((area?.bars[0]?.width ?? 0) / 2));
    // The larger value of every group spans the same width: scales are per indicator.
    expect(output?.bars[1]?.width).toBe(area?.bars[0]?.width);
    expect(output?.bars[1]?.label).toBe('5.000');
  });

  it('keeps everything inside the picture, values included', () => {
    const chart = layoutBarChart({ title: 'T', currentLabel: 'Năm 2025', previousLabel: 'Năm 2024', rows });
    for (const bar of chart?.groups.flatMap((group) => group.bars) ?? []) {
      expect(bar.x + bar.width).toBeLessThanOrEqual(CHART_WIDTH);
      expect(bar.labelX + 80).toBeLessThanOrEqual(CHART_WIDTH);
      expect(bar.y + bar.height).toBeLessThanOrEqual(chart?.height ?? 0);
    }
    // Groups never overlap.
    const tops = chart?.groups.map((group) => group.labelY) ?? [];
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
  });

  it('names the picture and says where the numbers are, for screen readers', () => {
    const chart = layoutBarChart({ title: 'Sản xuất nông nghiệp', currentLabel: 'Năm 2025', previousLabel: 'Năm 2024', rows });
    expect(chart?.title).toBe('Biểu đồ: Sản xuất nông nghiệp');
    expect(chart?.description).toContain('Năm 2024 và Năm 2025');
    expect(chart?.description).toContain('bảng');
    expect(chart?.legend.map((entry) => entry.label)).toEqual(['Năm 2024', 'Năm 2025']);
  });

  it('breaks a long indicator name into lines that fit a 360 px phone, and makes room for them', () => {
    expect(wrapLabel('Diện tích hồi, quế cho thu hoạch (ha)')).toEqual(['Diện tích hồi, quế cho thu hoạch (ha)']);
    const long = 'Tỷ lệ hộ gia đình sử dụng nước sinh hoạt hợp vệ sinh theo quy chuẩn';
    const lines = wrapLabel(long);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((line) => line.length <= 40)).toBe(true);
    expect(lines.join(' ')).toBe(long);
    const chart = layoutBarChart({
      title: 'T',
      currentLabel: 'A',
      previousLabel: null,
      rows: [{ indicator: long, unit: '%', previous: null, current: 92 }],
    });
    const group = chart?.groups[0];
    expect(group?.lines).toHaveLength(lines.length);
    // The bar starts below the last line of the label.
    expect(group?.bars[0]?.y).toBeGreaterThanOrEqual((group?.labelY ?? 0) + (lines.length - 1) * (group?.lineHeight ?? 0));
  });

  it('shows one bar per indicator when there is no earlier period', () => {
    const chart = layoutBarChart({ title: 'T', currentLabel: 'Năm 2025', previousLabel: null, rows });
    expect(chart?.groups.every((group) => group.bars.length === 1)).toBe(true);
    expect(chart?.legend).toHaveLength(1);
  });

  it('draws nothing for an empty table or negative values, and a hairline for zero', () => {
    expect(layoutBarChart({ title: 'T', currentLabel: 'A', previousLabel: null, rows: [] })).toBeNull();
    expect(
      layoutBarChart({
        title: 'T',
        currentLabel: 'A',
        previousLabel: null,
        rows: [{ indicator: 'x', unit: null, previous: null, current: -1 }],
      }),
    ).toBeNull();
    const zero = layoutBarChart({
      title: 'T',
      currentLabel: 'A',
      previousLabel: null,
      rows: [{ indicator: 'x', unit: null, previous: null, current: 0 }],
    });
    expect(zero?.groups[0]?.bars[0]?.width).toBe(1);
  });
});
