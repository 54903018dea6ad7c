/**
 * The report as an Excel workbook, in Vietnamese, for the commune's yearly report and the
 * province's summary (seed 003):
 * - "Tổng hợp": the figures by kind (news, articles, documents, procedures, pages) and in total,
 *   then the two headline figures (photos with news and articles, documents posted) and the
 *   site's visits (in the period, this year, in total: shared/reports.ts says up to which day);
 * - "Theo xã, phường" (province only): one row per commune, with its visits, and the province total;
 * - "Theo tác giả": each author's published items by kind and photos, for royalties.
 * Every table starts with one header row, so the sheets can be sorted and filtered as they are.
 */
import { Workbook, type Worksheet } from 'exceljs';
import {
  ARTICLE_KINDS,
  FIGURE_LABELS,
  FIGURE_NAMES,
  REPORT_KIND_LABELS,
  REPORT_KINDS,
  VISIT_FIGURE_NAMES,
  visitLabels,
  type ReportData,
} from '../../../shared';
import { vietnameseDate } from './figures';

export const SHEET_SUMMARY = 'Tổng hợp';
export const SHEET_COMMUNES = 'Theo xã, phường';
export const SHEET_AUTHORS = 'Theo tác giả';

const PROVINCE_TITLE = 'Toàn tỉnh';

/** Row of the "Tổng hợp" header (after the title, the period and a blank line). */
export const SUMMARY_HEADER_ROW = 4;

function titleRows(sheet: Worksheet, title: string, data: ReportData): void {
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow([
    `Từ ngày ${vietnameseDate(data.period.from)} đến ngày ${vietnameseDate(data.period.to)} (lập lúc ${new Date(data.generatedAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })})`,
  ]);
  sheet.addRow([]);
}

function header(sheet: Worksheet, labels: string[], widths: number[]): void {
  const row = sheet.addRow(labels);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'middle' };
  labels.forEach((_label, index) => {
    sheet.getColumn(index + 1).width = widths[index] ?? 14;
  });
}

const scopeName = (data: ReportData): string => (data.scope === 'province' ? PROVINCE_TITLE : (data.communes[0]?.commune.name ?? ''));

/** The workbook's bytes (.xlsx). */
export async function reportWorkbook(data: ReportData): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'Ban biên tập — Cổng thông tin xã, phường';
  workbook.created = new Date(data.generatedAt);

  // Tổng hợp: one row per kind, then the total.
  const summary = workbook.addWorksheet(SHEET_SUMMARY);
  titleRows(summary, `Số liệu Ban biên tập — ${scopeName(data)}`, data);
  header(summary, ['Loại', ...FIGURE_NAMES.map((name) => FIGURE_LABELS[name])], [28, 12, 12, 16, 14, 12, 14]);
  for (const kind of REPORT_KINDS) summary.addRow([REPORT_KIND_LABELS[kind], ...FIGURE_NAMES.map((name) => data.total.byKind[kind][name])]);
  summary.addRow(['Tổng cộng', ...FIGURE_NAMES.map((name) => data.total.total[name])]).font = { bold: true };
  summary.addRow([]);
  summary.addRow(['Ảnh đăng kèm tin, bài', data.total.articlePhotos]);
  summary.addRow(['Văn bản đã đăng', data.total.documentsPosted]);
  summary.addRow([]);
  const visitLabel = visitLabels(data);
  for (const name of VISIT_FIGURE_NAMES) summary.addRow([visitLabel[name], data.totalVisits[name]]);

  // Theo xã, phường: the province's communes side by side.
  if (data.scope === 'province') {
    const communes = workbook.addWorksheet(SHEET_COMMUNES);
    header(
      communes,
      [
        'Xã, phường',
        'Mã',
        'Tiếp nhận',
        'Đã đăng: tin',
        'Đã đăng: bài',
        'Đã đăng (tất cả)',
        'Bị trả lại (số tin, bài)',
        'Số lần trả lại',
        'Bị từ chối',
        'Ảnh đăng kèm tin, bài',
        'Văn bản đã đăng',
        ...VISIT_FIGURE_NAMES.map((name) => visitLabel[name]),
      ],
      [30, 8, 11, 11, 11, 12, 14, 12, 11, 14, 12, 14, 20, 18],
    );
    for (const { commune, figures, visits } of data.communes) {
      communes.addRow([
        commune.name,
        commune.code,
        figures.total.received,
        figures.byKind.tin.published,
        figures.byKind.bai.published,
        figures.total.published,
        figures.total.returnedItems,
        figures.total.returns,
        figures.total.rejected,
        figures.articlePhotos,
        figures.documentsPosted,
        ...VISIT_FIGURE_NAMES.map((name) => visits[name]),
      ]);
    }
    const total = data.total;
    communes.addRow([
      'Tổng cộng',
      '',
      total.total.received,
      total.byKind.tin.published,
      total.byKind.bai.published,
      total.total.published,
      total.total.returnedItems,
      total.total.returns,
      total.total.rejected,
      total.articlePhotos,
      total.documentsPosted,
      ...VISIT_FIGURE_NAMES.map((name) => data.totalVisits[name]),
    ]).font = { bold: true };
  }

  // Theo tác giả: what each author published, for royalties (news and articles first).
  const authors = workbook.addWorksheet(SHEET_AUTHORS);
  const kinds = [...ARTICLE_KINDS, ...REPORT_KINDS.filter((kind) => !ARTICLE_KINDS.includes(kind))];
  header(
    authors,
    ['Xã, phường', 'Tác giả', ...kinds.map((kind) => `Đã đăng: ${REPORT_KIND_LABELS[kind].toLowerCase()}`), 'Đã đăng (tất cả)', 'Ảnh'],
    [30, 28, 11, 11, 14, 14, 14, 12, 10],
  );
  for (const { commune, authors: people } of data.communes) {
    for (const person of people) {
      authors.addRow([
        commune.name,
        person.authorName || '(không rõ tác giả)',
        ...kinds.map((kind) => person.published[kind]),
        person.publishedTotal,
        person.photos,
      ]);
    }
  }

  for (const sheet of workbook.worksheets) sheet.views = [{ state: 'frozen', ySplit: sheet === summary ? SUMMARY_HEADER_ROW : 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
