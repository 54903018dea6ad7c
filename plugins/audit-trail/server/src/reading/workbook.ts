/**
 * The filtered trail as an Excel workbook: one sheet, one header row (AUDIT_EXPORT_COLUMNS), one
 * row per entry, newest first, times in Vietnam time, so it can be sorted and filtered as it is.
 */
import { Workbook } from 'exceljs';
import { AUDIT_EXPORT_COLUMNS, AUDIT_EXPORT_SHEET, OUTCOME_LABELS, type AuditEntry } from '../../../shared';

const WIDTHS = [20, 30, 10, 16, 30, 24, 32, 26, 28, 26, 24, 12, 9];

export const vietnamTime = (iso: string): string => new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour12: false });

export async function auditWorkbook(entries: AuditEntry[]): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'Nhật ký hoạt động';
  const sheet = workbook.addWorksheet(AUDIT_EXPORT_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow([...AUDIT_EXPORT_COLUMNS]);
  header.font = { bold: true };
  WIDTHS.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  for (const entry of entries) {
    sheet.addRow([
      vietnamTime(entry.occurredAt),
      entry.actorEmail ?? '',
      entry.actorUserId ?? '',
      entry.clientAddress ?? '',
      entry.userAgent ?? '',
      entry.communeName ?? (entry.communeId === null ? 'Toàn nền tảng' : String(entry.communeId)),
      entry.actionLabel,
      entry.action,
      entry.targetType ?? '',
      entry.targetId ?? '',
      entry.detail ?? '',
      OUTCOME_LABELS[entry.outcome],
      entry.httpStatus ?? '',
    ]);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: AUDIT_EXPORT_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
