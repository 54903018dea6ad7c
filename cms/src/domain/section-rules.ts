/**
 * Rules the law's sections (plans, investment, bidding, budget, statistics, the work schedule,
 * the urgent notice) must satisfy before a write, beyond what their schemas say. Pure, so that it
 * is unit-tested; the messages are for editors, in Vietnamese, and name the field to fix.
 * cms/src/extensions/section-validation.ts runs them on every write path.
 */
import { toIsoDate } from './document-rules';

export interface RuleError {
  path: string;
  message: string;
}

type Fields = Record<string, unknown>;
type Rule = (fields: Fields, now: Date) => RuleError[];

const DAY_MS = 86_400_000;
/** An urgent notice is for days, not months: what lasts belongs in Thông báo. */
export const URGENT_NOTICE_MAX_DAYS = 31;

const asNumber = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
};

const asRows = (value: unknown): Fields[] =>
  Array.isArray(value) ? value.filter((row): row is Fields => typeof row === 'object' && row !== null) : [];

const viDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The later of two years or dates must not come first. */
function ordered(fields: Fields, from: string, to: string, message: string): RuleError[] {
  const start = asNumber(fields[from]);
  const end = asNumber(fields[to]);
  return start !== null && end !== null && end < start ? [{ path: to, message }] : [];
}

function orderedDates(fields: Fields, from: string, to: string, message: string): RuleError[] {
  const start = toIsoDate(fields[from]);
  const end = toIsoDate(fields[to]);
  return start && end && end < start ? [{ path: to, message }] : [];
}

function nonNegative(rows: Fields[], columns: readonly string[], path: string, message: (row: number) => string): RuleError[] {
  const errors: RuleError[] = [];
  rows.forEach((row, index) => {
    if (columns.some((column) => (asNumber(row[column]) ?? 0) < 0)) errors.push({ path, message: message(index + 1) });
  });
  return errors;
}

const plan: Rule = (fields) =>
  ordered(fields, 'periodStart', 'periodEnd', 'Năm kết thúc không được trước năm bắt đầu; hãy kiểm tra lại thời kỳ.');

const investmentProject: Rule = (fields) => [
  ...ordered(fields, 'startYear', 'endYear', 'Năm hoàn thành không được trước năm khởi công.'),
  ...((asNumber(fields.totalCapital) ?? 1) <= 0 ? [{ path: 'totalCapital', message: 'Tổng mức đầu tư phải lớn hơn 0 đồng.' }] : []),
  ...nonNegative(
    asRows(fields.progress),
    ['disbursed'],
    'progress',
    (row) => `Số đã giải ngân ở lần cập nhật tiến độ thứ ${row} không được âm.`,
  ),
];

const biddingNotice: Rule = (fields) => {
  const errors = orderedDates(fields, 'noticeDate', 'closingDate', 'Thời điểm đóng thầu không được trước ngày đăng tải.');
  if (fields.noticeKind === 'Kết quả lựa chọn nhà thầu') {
    if (typeof fields.winner !== 'string' || fields.winner.trim() === '')
      errors.push({ path: 'winner', message: 'Kết quả lựa chọn nhà thầu phải ghi tên nhà thầu trúng thầu.' });
    if (asNumber(fields.contractValue) === null)
      errors.push({ path: 'contractValue', message: 'Kết quả lựa chọn nhà thầu phải ghi giá trúng thầu.' });
  }
  for (const column of ['packageValue', 'contractValue']) {
    if ((asNumber(fields[column]) ?? 0) < 0) errors.push({ path: column, message: 'Số tiền không được âm.' });
  }
  return errors;
};

const budgetReport: Rule = (fields) =>
  nonNegative(asRows(fields.lines), ['planned', 'actual'], 'lines', (row) => `Số tiền ở dòng ${row} của bảng số liệu không được âm.`);

// Rows absent from the write (a publish, which saves the stored draft without its components)
// are unknown here, not empty: only a table written empty is refused.
const statistic: Rule = (fields) =>
  fields.chart === true && Array.isArray(fields.rows) && fields.rows.length === 0
    ? [{ path: 'chart', message: 'Muốn vẽ biểu đồ, hãy nhập ít nhất một dòng số liệu.' }]
    : [];

const workSchedule: Rule = (fields) => {
  const weekStart = toIsoDate(fields.weekStart);
  if (!weekStart) return [];
  const monday = new Date(`${weekStart}T00:00:00Z`);
  if (monday.getUTCDay() !== 1)
    return [
      { path: 'weekStart', message: `Ngày ${viDate(weekStart)} không phải thứ Hai; lịch công tác tính theo tuần, bắt đầu từ thứ Hai.` },
    ];
  const sunday = new Date(monday.getTime() + 6 * DAY_MS).toISOString().slice(0, 10);
  const errors: RuleError[] = [];
  asRows(fields.entries).forEach((entry, index) => {
    const day = toIsoDate(entry.day);
    if (day && (day < weekStart || day > sunday)) {
      errors.push({
        path: 'entries',
        message: `Nội dung thứ ${index + 1} có ngày ${viDate(day)}, ngoài tuần từ ${viDate(weekStart)} đến ${viDate(sunday)}.`,
      });
    }
  });
  return errors;
};

const urgentNotice: Rule = (fields, now) => {
  const endsAt = typeof fields.endsAt === 'string' || fields.endsAt instanceof Date ? new Date(fields.endsAt) : null;
  if (!endsAt || Number.isNaN(endsAt.getTime())) return [];
  if (endsAt.getTime() > now.getTime() + URGENT_NOTICE_MAX_DAYS * DAY_MS) {
    return [
      {
        path: 'endsAt',
        message: `Thông báo khẩn chỉ hiển thị tối đa ${URGENT_NOTICE_MAX_DAYS} ngày; thông tin lâu dài hãy đăng ở mục Thông báo.`,
      },
    ];
  }
  return [];
};

/** A consultation closes after it opens, and lasts at least a day (the law asks for a real period). */
const consultation: Rule = (fields) => {
  const opens = typeof fields.opensAt === 'string' || fields.opensAt instanceof Date ? new Date(fields.opensAt) : null;
  const closes = typeof fields.closesAt === 'string' || fields.closesAt instanceof Date ? new Date(fields.closesAt) : null;
  if (!opens || !closes || Number.isNaN(opens.getTime()) || Number.isNaN(closes.getTime())) return [];
  if (closes.getTime() < opens.getTime() + DAY_MS)
    return [{ path: 'closesAt', message: 'Hạn nhận ý kiến phải sau ngày bắt đầu ít nhất một ngày.' }];
  return [];
};

const questionAnswer: Rule = (fields) => orderedDates(fields, 'askedOn', 'answeredOn', 'Ngày trả lời không được trước ngày hỏi.');

export const SECTION_RULES: Record<string, Rule> = {
  'api::plan.plan': plan,
  'api::investment-project.investment-project': investmentProject,
  'api::bidding-notice.bidding-notice': biddingNotice,
  'api::budget-report.budget-report': budgetReport,
  'api::statistic.statistic': statistic,
  'api::work-schedule.work-schedule': workSchedule,
  'api::urgent-notice.urgent-notice': urgentNotice,
  'api::consultation.consultation': consultation,
  'api::question-answer.question-answer': questionAnswer,
};

/** The problems of an entry of a section about to be written; empty when it may be written. */
export function checkSectionRules(uid: string, fields: Fields, now: Date = new Date()): RuleError[] {
  const rule = SECTION_RULES[uid];
  return rule ? rule(fields, now) : [];
}
