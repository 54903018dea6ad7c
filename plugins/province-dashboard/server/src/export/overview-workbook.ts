/**
 * The overview as an Excel workbook, in Vietnamese: one sheet "Các xã, phường" with every
 * commune as a row and the province's total last, one header row so the sheet sorts and
 * filters as it is; a sheet "Theo tháng" with the charts' monthly figures.
 */
import { Workbook } from 'exceljs';
import { PUBLISHED_KIND_LABELS, PUBLISHED_KINDS, type Figures, type OverviewData } from '../../../shared';

export const SHEET_COMMUNES = 'Các xã, phường';
export const SHEET_MONTHS = 'Theo tháng';

const STATUS_LABELS = { active: 'Đang hoạt động', suspended: 'Tạm ngừng' } as const;

/** The columns after the commune's name, code and status, in order; the admin table shows the same. */
export const FIGURE_COLUMNS: ReadonlyArray<{ label: string; width: number; value: (figures: Figures) => string | number | Date | null }> = [
  { label: 'Truy cập hôm nay', width: 11, value: (f) => f.visits.today },
  { label: 'Truy cập tháng này', width: 11, value: (f) => f.visits.month },
  { label: 'Truy cập năm nay', width: 11, value: (f) => f.visits.year },
  { label: 'Tổng lượt truy cập', width: 12, value: (f) => f.visits.total },
  ...PUBLISHED_KINDS.map((kind) => ({
    label: `Đăng tháng này: ${PUBLISHED_KIND_LABELS[kind].toLowerCase()}`,
    width: 11,
    value: (f: Figures) => f.published.month[kind],
  })),
  ...PUBLISHED_KINDS.map((kind) => ({
    label: `Đăng năm nay: ${PUBLISHED_KIND_LABELS[kind].toLowerCase()}`,
    width: 11,
    value: (f: Figures) => f.published.year[kind],
  })),
  { label: 'Chờ Ban biên tập duyệt', width: 11, value: (f) => f.waiting.count },
  { label: 'Chờ lâu nhất từ', width: 14, value: (f) => (f.waiting.oldestSince === null ? null : new Date(f.waiting.oldestSince)) },
  { label: 'Văn bản đăng năm nay', width: 11, value: (f) => f.documents.count },
  { label: 'Số ngày từ ban hành đến khi đăng (trung vị)', width: 14, value: (f) => f.documents.medianDays },
  {
    label: 'Tỉ lệ đăng trong 5 ngày làm việc (%)',
    width: 14,
    value: (f) => (f.documents.withinShare === null ? null : Math.round(f.documents.withinShare * 100)),
  },
  { label: 'Điểm đầy đủ thông tin (%)', width: 11, value: (f) => f.compliance.score },
  { label: 'Mục đạt', width: 8, value: (f) => f.compliance.ok },
  { label: 'Mục chưa cập nhật', width: 10, value: (f) => f.compliance.stale },
  { label: 'Mục chưa có nội dung', width: 10, value: (f) => f.compliance.empty },
  { label: 'Đăng lần cuối', width: 14, value: (f) => (f.lastPublishedAt === null ? null : new Date(f.lastPublishedAt)) },
];

export async function overviewWorkbook(data: OverviewData): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'Cổng thông tin xã, phường — tổng quan của tỉnh';
  workbook.created = new Date(data.generatedAt);

  const communes = workbook.addWorksheet(SHEET_COMMUNES);
  const header = communes.addRow(['Xã, phường', 'Mã', 'Trạng thái', ...FIGURE_COLUMNS.map((column) => column.label)]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  [30, 8, 14, ...FIGURE_COLUMNS.map((column) => column.width)].forEach((width, index) => (communes.getColumn(index + 1).width = width));
  for (const row of data.communes) {
    communes.addRow([
      row.commune.name,
      row.commune.code,
      STATUS_LABELS[row.commune.siteStatus],
      ...FIGURE_COLUMNS.map((column) => column.value(row)),
    ]);
  }
  communes.addRow(['Toàn tỉnh', '', '', ...FIGURE_COLUMNS.map((column) => column.value(data.province))]).font = { bold: true };
  FIGURE_COLUMNS.forEach((column, index) => {
    if (column.label.startsWith('Chờ lâu nhất') || column.label === 'Đăng lần cuối') communes.getColumn(index + 4).numFmt = 'dd/mm/yyyy';
  });

  const months = workbook.addWorksheet(SHEET_MONTHS);
  months.addRow([
    'Tháng',
    'Lượt truy cập (toàn tỉnh)',
    ...PUBLISHED_KINDS.map((kind) => `Đăng: ${PUBLISHED_KIND_LABELS[kind].toLowerCase()}`),
    'Điểm đầy đủ thông tin bình quân (%)',
  ]).font = { bold: true };
  data.charts.months.forEach((month, index) => {
    months.addRow([
      month.split('-').reverse().join('/'),
      data.charts.visits[index],
      ...PUBLISHED_KINDS.map((kind) => data.charts.publications[kind][index]),
      data.charts.compliance[index],
    ]);
  });
  months.columns.forEach((column) => (column.width = 16));

  for (const sheet of workbook.worksheets) sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `tong-quan-cac-xa-2026-12-06.xlsx`. */
export const overviewFileName = (today: string): string => `tong-quan-cac-xa-${today}.xlsx`;
