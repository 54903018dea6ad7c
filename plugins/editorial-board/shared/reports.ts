/**
 * Report figures (seed 003): per commune and period, computed from the board's event log.
 *
 * What each figure counts (events whose time falls in the period, in Vietnam time):
 * - received: items whose first submission to the board (submit, or received on paper / by
 *   e-mail) falls in the period; a resubmission after a return is not counted again;
 * - published: items whose first publication by the board (publish or force_publish) falls in
 *   the period; republishing after an unpublish or an edit is not counted again, and content the
 *   demo seed or an import put on the site directly is not counted at all;
 * - returnedItems: items whose first return falls in the period; returns: every return in the
 *   period (an item returned twice counts 1 and 2);
 * - rejected: items whose first rejection falls in the period;
 * - photos: images in the items at their first publication.
 * Counting each item once, at its first time, keeps the figures additive: the months of a year
 * add up to the year, and nothing done later changes a past period.
 *
 * Visits (the site's visit counter, plugin site-stats; a visit is one visitor on one day) are
 * counted as of the period's last day, so a past year's report shows the same numbers whenever it
 * is printed:
 * - period: visits on the days of the period;
 * - year: visits from 1 January of the year the period ends in up to its last day (seed 003's
 *   "tính từ đầu năm đến nay": for this year's report, up to today);
 * - total: every visit since counting began, up to the period's last day (seed 003's "nâng tổng
 *   số lên").
 * No visit is counted after today, so a period ending later is counted up to today (`visitsAsOf`).
 */

/** The kinds the figures are split by: articles are news (tin) or feature articles (bài). */
export type ReportKind = 'tin' | 'bai' | 'document' | 'procedure' | 'page';

export const REPORT_KINDS: readonly ReportKind[] = ['tin', 'bai', 'document', 'procedure', 'page'];

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  tin: 'Tin',
  bai: 'Bài',
  document: 'Văn bản chỉ đạo điều hành',
  procedure: 'Thủ tục hành chính',
  page: 'Trang giới thiệu',
};

/** The kinds royalties are paid for, and whose photos seed 003 counts. */
export const ARTICLE_KINDS: readonly ReportKind[] = ['tin', 'bai'];

export interface ReportRequest {
  /** ISO date (inclusive), Vietnam time. */
  from: string;
  /** ISO date (inclusive), Vietnam time. */
  to: string;
  /** A commune's documentId; province IT may leave it out for the whole province. */
  commune?: string;
}

export interface KindFigures {
  received: number;
  published: number;
  returnedItems: number;
  returns: number;
  rejected: number;
  photos: number;
}

export type FigureName = keyof KindFigures;

export const FIGURE_NAMES: readonly FigureName[] = ['received', 'published', 'returnedItems', 'returns', 'rejected', 'photos'];

export const FIGURE_LABELS: Record<FigureName, string> = {
  received: 'Tiếp nhận',
  published: 'Đã đăng',
  returnedItems: 'Bị trả lại (số tin, bài)',
  returns: 'Số lần trả lại',
  rejected: 'Bị từ chối',
  photos: 'Ảnh đã đăng',
};

export interface ReportFigures {
  byKind: Record<ReportKind, KindFigures>;
  /** The sum over every kind. */
  total: KindFigures;
  /** Photos in published news and articles (tin + bài), the figure seed 003 reports. */
  articlePhotos: number;
  /** Directive documents posted (first publication of a document). */
  documentsPosted: number;
}

/** One author's published items in the period, for royalties. */
export interface AuthorFigures {
  /** An admin user's name or an outside contributor's name; "" when unknown. */
  authorName: string;
  published: Record<ReportKind, number>;
  publishedTotal: number;
  /** Photos in the author's published items. */
  photos: number;
}

export interface ReportCommune {
  documentId: string;
  /** "Xã Khánh Khê". */
  name: string;
  slug: string;
  code: string;
  /** "Khánh Khê" (the place line of a printed report); null when the commune has none. */
  shortName: string | null;
  /** "Lạng Sơn". */
  province: string;
}

/** A site's visits for the report (see the file's comment for what each counts). */
export interface ReportVisits {
  period: number;
  year: number;
  total: number;
}

export type VisitFigureName = keyof ReportVisits;

export const VISIT_FIGURE_NAMES: readonly VisitFigureName[] = ['period', 'year', 'total'];

export const emptyReportVisits = (): ReportVisits => ({ period: 0, year: 0, total: 0 });

/** "31/12/2026": dates as Vietnamese readers write them (from YYYY-MM-DD). */
export function vietnameseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * The visit figures' labels, which name their year and day: "Lượt truy cập từ đầu năm 2026 đến
 * ngày 06/12/2026". The same words in the panel, the Excel file and the printed report.
 */
export function visitLabels(data: Pick<ReportData, 'period' | 'visitsAsOf'>): Record<VisitFigureName, string> {
  const asOf = vietnameseDate(data.visitsAsOf);
  return {
    period: 'Lượt truy cập trong kỳ',
    year: `Lượt truy cập từ đầu năm ${data.period.to.slice(0, 4)} đến ngày ${asOf}`,
    total: `Tổng số lượt truy cập đến ngày ${asOf}`,
  };
}

export interface CommuneReport {
  commune: ReportCommune;
  figures: ReportFigures;
  visits: ReportVisits;
  /** Sorted by name (Vietnamese collation); the unknown author last. */
  authors: AuthorFigures[];
}

export interface ReportData {
  /** 'province': every commune, for province IT and the province viewer. */
  scope: 'commune' | 'province';
  period: { from: string; to: string };
  generatedAt: string;
  /** One entry for a commune; for the province, one per commune (also those with no figures). */
  communes: CommuneReport[];
  /** The sum over `communes`. */
  total: ReportFigures;
  /**
   * The day the year and total visits are counted up to: the period's last day, or today (in
   * Vietnam) when the period ends later. YYYY-MM-DD.
   */
  visitsAsOf: string;
  /** The sum of the communes' visits (the province's, for scope 'province'). */
  totalVisits: ReportVisits;
}

/** `GET /editorial-board/reports?from=YYYY-MM-DD&to=YYYY-MM-DD[&commune=documentId]` */
export interface ReportResponse {
  data: ReportData;
}

/** `GET /editorial-board/reports/export?…` (same parameters): an .xlsx file. */
export const REPORT_EXPORT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
