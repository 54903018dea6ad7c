/**
 * The demo budget tables: one reference estimate of a rural commune (in millions of đồng,
 * revenue and expenditure balanced), scaled per commune; execution reports take a share of
 * each line as the months pass. Amounts are written as whole đồng, as the CMS stores them.
 */

export interface BudgetLineSeed {
  section: 'Thu ngân sách' | 'Chi ngân sách';
  item: string;
  planned: string;
  actual?: string;
  note?: string;
}

type Period = 'estimate' | 'six-months' | 'nine-months';

interface ReferenceLine {
  section: BudgetLineSeed['section'];
  item: string;
  /** Millions of đồng in the reference estimate. */
  millions: number;
  /** Share of the estimate carried out after six and nine months. */
  six: number;
  nine: number;
  note?: string;
}

const REFERENCE: readonly ReferenceLine[] = [
  { section: 'Thu ngân sách', item: 'Thu phí, lệ phí', millions: 850, six: 0.52, nine: 0.78 },
  { section: 'Thu ngân sách', item: 'Thu tiền sử dụng đất', millions: 6500, six: 0.38, nine: 0.71, note: 'Đấu giá quyền sử dụng đất ở' },
  { section: 'Thu ngân sách', item: 'Thuế sử dụng đất phi nông nghiệp', millions: 420, six: 0.41, nine: 0.69 },
  { section: 'Thu ngân sách', item: 'Thuế từ hộ, cá nhân sản xuất, kinh doanh', millions: 1300, six: 0.55, nine: 0.8 },
  { section: 'Thu ngân sách', item: 'Lệ phí trước bạ nhà, đất', millions: 950, six: 0.49, nine: 0.76 },
  { section: 'Thu ngân sách', item: 'Thu khác ngân sách', millions: 280, six: 0.6, nine: 0.83 },
  { section: 'Thu ngân sách', item: 'Thu bổ sung cân đối từ ngân sách cấp trên', millions: 28600, six: 0.5, nine: 0.75 },
  { section: 'Thu ngân sách', item: 'Thu bổ sung có mục tiêu từ ngân sách cấp trên', millions: 5400, six: 0.31, nine: 0.62 },
  {
    section: 'Chi ngân sách',
    item: 'Chi đầu tư phát triển',
    millions: 9800,
    six: 0.35,
    nine: 0.62,
    note: 'Giao thông nông thôn, kênh mương nội đồng',
  },
  {
    section: 'Chi ngân sách',
    item: 'Chi thường xuyên: quản lý hành chính nhà nước, Đảng, đoàn thể',
    millions: 14200,
    six: 0.49,
    nine: 0.74,
  },
  { section: 'Chi ngân sách', item: 'Chi thường xuyên: sự nghiệp giáo dục, đào tạo', millions: 10900, six: 0.47, nine: 0.72 },
  { section: 'Chi ngân sách', item: 'Chi thường xuyên: sự nghiệp y tế, dân số', millions: 1350, six: 0.45, nine: 0.7 },
  { section: 'Chi ngân sách', item: 'Chi thường xuyên: văn hóa, thông tin, thể dục thể thao', millions: 820, six: 0.44, nine: 0.69 },
  { section: 'Chi ngân sách', item: 'Chi thường xuyên: quốc phòng', millions: 1150, six: 0.52, nine: 0.77 },
  { section: 'Chi ngân sách', item: 'Chi thường xuyên: an ninh, trật tự an toàn xã hội', millions: 560, six: 0.48, nine: 0.73 },
  { section: 'Chi ngân sách', item: 'Chi thường xuyên: bảo đảm xã hội', millions: 2300, six: 0.5, nine: 0.76 },
  { section: 'Chi ngân sách', item: 'Chi thường xuyên: sự nghiệp kinh tế, môi trường', millions: 2400, six: 0.38, nine: 0.61 },
  { section: 'Chi ngân sách', item: 'Dự phòng ngân sách', millions: 820, six: 0, nine: 0.18, note: 'Khắc phục hậu quả mưa lũ' },
];

/** Millions scaled and rounded to a million: revenue and expenditure stay equal line by line. */
function plannedDong(line: ReferenceLine, scale: number): number {
  return Math.round(line.millions * scale) * 1_000_000;
}

/**
 * The table of one report. Revenue and expenditure of the estimate are balanced: each side's
 * scaled lines are summed, and the difference of rounding goes to the last line of the side.
 */
export function budgetTable(scale: number, period: Period): BudgetLineSeed[] {
  const lines = REFERENCE.map((line) => ({ line, planned: plannedDong(line, scale) }));
  const total = (section: BudgetLineSeed['section']): number =>
    lines.filter((entry) => entry.line.section === section).reduce((sum, entry) => sum + entry.planned, 0);
  const gap = total('Thu ngân sách') - total('Chi ngân sách');
  const reserve = lines[lines.length - 1];
  if (reserve) reserve.planned += gap;
  return lines.map(({ line, planned }) => {
    const share = period === 'six-months' ? line.six : period === 'nine-months' ? line.nine : null;
    return {
      section: line.section,
      item: line.item,
      planned: String(planned),
      // Thousands of đồng, as treasury reports are kept.
      ...(share === null ? {} : { actual: String(Math.round((planned * share) / 1000) * 1000) }),
      ...(line.note ? { note: line.note } : {}),
    };
  });
}

/** The sum of one side of a table, in đồng (for summaries that quote the totals). */
export function budgetTotal(lines: readonly BudgetLineSeed[], section: BudgetLineSeed['section'], column: 'planned' | 'actual'): number {
  return lines.filter((line) => line.section === section).reduce((sum, line) => sum + Number(line[column] ?? 0), 0);
}

/** `44300000000` → `44,3 tỷ đồng`. */
export function billions(dong: number): string {
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(dong / 1e9)} tỷ đồng`;
}
