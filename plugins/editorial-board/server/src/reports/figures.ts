/**
 * The pure parts of the report figures: reading the period the user asked for (dates in Vietnam
 * time), and shaping the rows the database aggregated into the response (see shared/reports.ts
 * for what each figure counts). No Strapi here, so unit tests cover them directly.
 */
import {
  ARTICLE_KINDS,
  emptyReportVisits,
  FIGURE_NAMES,
  REPORT_KINDS,
  VISIT_FIGURE_NAMES,
  type AuthorFigures,
  type KindFigures,
  type ReportFigures,
  type ReportKind,
  type ReportVisits,
} from '../../../shared';

export { vietnameseDate } from '../../../shared';

/** Vietnam has used UTC+7 all year since 1975 (no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;
/** A report longer than this is a typing mistake rather than a question anyone asks. */
const MAX_PERIOD_DAYS = 10 * 366;

export interface Period {
  /** As asked, YYYY-MM-DD. */
  from: string;
  to: string;
  /** The instants bounding the period: [start, end). */
  start: Date;
  end: Date;
}

/** A period that cannot be read; its message is shown to the user as is. */
export class PeriodError extends Error {}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight in Vietnam at the start of a YYYY-MM-DD day, or null when no such calendar day exists. */
function vietnamMidnight(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  // Date.UTC rolls 2026-02-30 over to March: a real date survives the round trip unchanged.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return new Date(utc - VIETNAM_OFFSET_MS);
}

/** Today's date in Vietnam, YYYY-MM-DD. */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

const single = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/**
 * The period of a request's `from` and `to` (inclusive days, Vietnam time). Both left out means
 * the current year; one without the other, a malformed or impossible date, or `from` after `to`
 * is refused with a message for the user.
 */
export function parsePeriod(rawFrom: unknown, rawTo: unknown, now: Date = new Date()): Period {
  const given = (value: unknown): string | undefined => {
    const first = single(value);
    if (first === undefined || first === null || first === '') return undefined;
    if (typeof first !== 'string') throw new PeriodError('Ngày không hợp lệ: hãy ghi theo dạng năm-tháng-ngày, ví dụ 2026-01-31.');
    return first.trim();
  };
  let from = given(rawFrom);
  let to = given(rawTo);
  if (from === undefined && to === undefined) {
    const year = vietnamToday(now).slice(0, 4);
    from = `${year}-01-01`;
    to = `${year}-12-31`;
  }
  if (from === undefined) throw new PeriodError('Hãy chọn ngày bắt đầu của kỳ báo cáo.');
  if (to === undefined) throw new PeriodError('Hãy chọn ngày kết thúc của kỳ báo cáo.');
  const start = vietnamMidnight(from);
  if (!start) throw new PeriodError(`Ngày bắt đầu “${from}” không hợp lệ: hãy ghi theo dạng năm-tháng-ngày, ví dụ 2026-01-01.`);
  const last = vietnamMidnight(to);
  if (!last) throw new PeriodError(`Ngày kết thúc “${to}” không hợp lệ: hãy ghi theo dạng năm-tháng-ngày, ví dụ 2026-12-31.`);
  if (last < start) throw new PeriodError('Ngày bắt đầu phải trước hoặc trùng ngày kết thúc.');
  const end = new Date(last.getTime() + DAY_MS);
  if ((end.getTime() - start.getTime()) / DAY_MS > MAX_PERIOD_DAYS)
    throw new PeriodError('Kỳ báo cáo dài quá 10 năm: hãy chọn kỳ ngắn hơn.');
  return { from, to, start, end };
}

// ---- Shaping ---------------------------------------------------------------------------------

/** One row of the figures query: one commune and kind. Counts come from PostgreSQL as strings. */
export interface KindRow {
  communeId: number;
  kind: string | null;
  received: number | string;
  published: number | string;
  returnedItems: number | string;
  returns: number | string;
  rejected: number | string;
  photos: number | string | null;
}

/** One row of the authors query: one commune, author and kind of first publications. */
export interface AuthorRow {
  communeId: number;
  authorName: string | null;
  kind: string | null;
  published: number | string;
  photos: number | string | null;
}

const isReportKind = (kind: string | null): kind is ReportKind => kind !== null && (REPORT_KINDS as readonly string[]).includes(kind);
const count = (value: number | string | null): number => (value === null ? 0 : Number(value));

export const emptyKindFigures = (): KindFigures => ({ received: 0, published: 0, returnedItems: 0, returns: 0, rejected: 0, photos: 0 });

const byKind = <T>(make: () => T): Record<ReportKind, T> =>
  Object.fromEntries(REPORT_KINDS.map((kind) => [kind, make()])) as Record<ReportKind, T>;

function addInto(target: KindFigures, source: KindFigures): void {
  for (const name of FIGURE_NAMES) target[name] += source[name];
}

/** The derived figures (total, article photos, documents posted) of per-kind figures. */
function complete(kinds: Record<ReportKind, KindFigures>): ReportFigures {
  const total = emptyKindFigures();
  for (const kind of REPORT_KINDS) addInto(total, kinds[kind]);
  return {
    byKind: kinds,
    total,
    articlePhotos: ARTICLE_KINDS.reduce((sum, kind) => sum + kinds[kind].photos, 0),
    documentsPosted: kinds.document.published,
  };
}

/** Empty figures (a commune with no events in the period). */
export const emptyFigures = (): ReportFigures => complete(byKind(emptyKindFigures));

/**
 * The figures of each commune from the rows of the figures query. Rows of a kind the report does
 * not know (none are written today) are left out rather than guessed into another kind.
 */
export function figuresByCommune(rows: readonly KindRow[]): Map<number, ReportFigures> {
  const kinds = new Map<number, Record<ReportKind, KindFigures>>();
  for (const row of rows) {
    if (!isReportKind(row.kind)) continue;
    let commune = kinds.get(row.communeId);
    if (!commune) kinds.set(row.communeId, (commune = byKind(emptyKindFigures)));
    addInto(commune[row.kind], {
      received: count(row.received),
      published: count(row.published),
      returnedItems: count(row.returnedItems),
      returns: count(row.returns),
      rejected: count(row.rejected),
      photos: count(row.photos),
    });
  }
  return new Map([...kinds].map(([communeId, figures]) => [communeId, complete(figures)]));
}

/** The sum of several communes' figures (the province). */
export function sumFigures(all: readonly ReportFigures[]): ReportFigures {
  const kinds = byKind(emptyKindFigures);
  for (const figures of all) for (const kind of REPORT_KINDS) addInto(kinds[kind], figures.byKind[kind]);
  return complete(kinds);
}

/**
 * The day a report's year and total visits are counted up to (see shared/reports.ts): the
 * period's last day, or today when the period ends later. ISO dates compare as strings.
 */
export function visitsAsOf(period: Pick<Period, 'to'>, now: Date = new Date()): string {
  const today = vietnamToday(now);
  return period.to < today ? period.to : today;
}

/** The sum of several communes' visits (the province). */
export function sumVisits(all: readonly ReportVisits[]): ReportVisits {
  const sum = emptyReportVisits();
  for (const visits of all) for (const name of VISIT_FIGURE_NAMES) sum[name] += visits[name];
  return sum;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base' });

/**
 * Each commune's authors from the rows of the authors query, sorted by name; names that differ
 * only in spacing are one author, and the unknown author ("") comes last.
 */
export function authorsByCommune(rows: readonly AuthorRow[]): Map<number, AuthorFigures[]> {
  const communes = new Map<number, Map<string, AuthorFigures>>();
  for (const row of rows) {
    if (!isReportKind(row.kind)) continue;
    const name = (row.authorName ?? '').trim().replace(/\s+/g, ' ');
    let authors = communes.get(row.communeId);
    if (!authors) communes.set(row.communeId, (authors = new Map()));
    let author = authors.get(name);
    if (!author) authors.set(name, (author = { authorName: name, published: byKind(() => 0), publishedTotal: 0, photos: 0 }));
    author.published[row.kind] += count(row.published);
    author.publishedTotal += count(row.published);
    author.photos += count(row.photos);
  }
  const sorted = (authors: Iterable<AuthorFigures>) =>
    [...authors].sort(
      (a, b) => (a.authorName === '' ? 1 : 0) - (b.authorName === '' ? 1 : 0) || collator.compare(a.authorName, b.authorName),
    );
  return new Map([...communes].map(([communeId, authors]) => [communeId, sorted(authors.values())]));
}

/** `bao-cao-ban-bien-tap-khanh-khe-2026.xlsx`, or with both dates for a period that is not one calendar year. */
export function exportFileName(slug: string, period: Pick<Period, 'from' | 'to'>): string {
  const year = period.from.slice(0, 4);
  const wholeYear = period.from === `${year}-01-01` && period.to === `${year}-12-31`;
  const safeSlug =
    slug
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'xa';
  return `bao-cao-ban-bien-tap-${safeSlug}-${wholeYear ? year : `${period.from}-den-${period.to}`}.xlsx`;
}
