/**
 * Strapi budget reports → the budget list (by year, with what is missing) and the report page.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import {
  BUDGET_REPORT_KINDS,
  type BudgetLine,
  type BudgetListResponse,
  type BudgetReportDetail,
  type BudgetReportKind,
  type BudgetReportSummary,
  type BudgetSection,
  type BudgetSectionName,
  type BudgetYear,
} from '#shared/types/budget';
import { percentOf, sumAmounts, toAmount } from '#shared/utils/money';
import { searchHitPath } from '#shared/utils/search';
import { ATTACHMENT_FIELDS, toAttachments, type RawUploadFile } from './attachment-content';
import { DOCUMENT_REF_FIELDS, toDocumentRef, type RawDocumentRef } from './document-content';
import type { StrapiQuery } from './strapi-query';
import type { Populated } from '../types/strapi-answer';
import type { BudgetLineComponent, BudgetReportAnswer } from '../types/strapi-answers.generated';

export type RawBudgetReportSummary = Pick<BudgetReportAnswer, 'documentId' | 'title' | 'slug' | 'year' | 'reportKind' | 'disclosedOn'>;

export type RawBudgetLine = Pick<BudgetLineComponent, 'section' | 'item' | 'planned' | 'actual' | 'note'>;

export type RawBudgetReportDetail = RawBudgetReportSummary &
  Pick<BudgetReportAnswer, 'summary' | 'updatedAt'> &
  Populated<BudgetReportAnswer, 'approvingDocument', RawDocumentRef> &
  Populated<BudgetReportAnswer, 'lines', RawBudgetLine> &
  Populated<BudgetReportAnswer, 'files', RawUploadFile>;

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function toKind(value: string | null | undefined): BudgetReportKind {
  return BUDGET_REPORT_KINDS.find((kind) => kind === value?.trim()) ?? 'Dự toán';
}

export function toBudgetReportSummary(raw: RawBudgetReportSummary): BudgetReportSummary {
  return {
    documentId: raw.documentId,
    title: text(raw.title) ?? '',
    year: raw.year ?? 0,
    reportKind: toKind(raw.reportKind),
    disclosedOn: text(raw.disclosedOn),
    path: searchHitPath({ type: 'budget', documentId: raw.documentId, slug: text(raw.slug), locale: 'vi' }),
  };
}

/**
 * The day after which a report of the year is expected: the period it reports on has ended.
 * An estimate is due when the year begins; execution reports when their quarter ends; the
 * full-year execution, final accounts and financial report once the year is over.
 */
export function periodEnd(kind: BudgetReportKind, year: number): string {
  switch (kind) {
    case 'Dự toán':
      return `${year - 1}-12-31`;
    case 'Thực hiện quý I':
      return `${year}-03-31`;
    case 'Thực hiện 6 tháng':
      return `${year}-06-30`;
    case 'Thực hiện 9 tháng':
      return `${year}-09-30`;
    default:
      return `${year}-12-31`;
  }
}

/** Years newest first; inside a year, the reports in the order of the budget cycle. */
export function groupBudgetReports(reports: readonly BudgetReportSummary[], today: string): BudgetYear[] {
  const byYear = new Map<number, BudgetReportSummary[]>();
  for (const report of reports) {
    const list = byYear.get(report.year) ?? [];
    list.push(report);
    byYear.set(report.year, list);
  }
  const order = (kind: BudgetReportKind): number => BUDGET_REPORT_KINDS.indexOf(kind);
  return [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, list]) => {
      const present = new Set(list.map((report) => report.reportKind));
      const absent = BUDGET_REPORT_KINDS.filter((kind) => !present.has(kind));
      return {
        year,
        reports: [...list].sort(
          (a, b) => order(a.reportKind) - order(b.reportKind) || (a.disclosedOn ?? '').localeCompare(b.disclosedOn ?? ''),
        ),
        missing: absent.filter((kind) => periodEnd(kind, year) < today),
        notYetDue: absent.filter((kind) => periodEnd(kind, year) >= today),
      };
    });
}

export function toBudgetList(raw: readonly RawBudgetReportSummary[], today: string): BudgetListResponse {
  const reports = raw.map(toBudgetReportSummary).filter((report) => report.title !== '' && report.year > 0);
  return { years: groupBudgetReports(reports, today), total: reports.length };
}

const SECTIONS: readonly BudgetSectionName[] = ['Thu ngân sách', 'Chi ngân sách'];

function toLine(raw: RawBudgetLine): BudgetLine {
  const planned = toAmount(raw.planned);
  const actual = toAmount(raw.actual);
  return { item: text(raw.item) ?? '', planned, actual, percent: percentOf(actual, planned), note: text(raw.note) };
}

/** Revenue then expenditure, each with its subtotal; a section without lines is left out. */
export function budgetSections(lines: readonly (RawBudgetLine | null)[]): BudgetSection[] {
  return SECTIONS.map((section) => {
    const sectionLines = lines
      .filter((line): line is RawBudgetLine => line !== null && (line.section?.trim() ?? 'Thu ngân sách') === section)
      .map(toLine)
      .filter((line) => line.item !== '');
    const totalPlanned = sumAmounts(sectionLines.map((line) => line.planned));
    const totalActual = sumAmounts(sectionLines.map((line) => line.actual));
    return { section, lines: sectionLines, totalPlanned, totalActual, totalPercent: percentOf(totalActual, totalPlanned) };
  }).filter((section) => section.lines.length > 0);
}

export function toBudgetReportDetail(raw: RawBudgetReportDetail, strapiUrl: string): BudgetReportDetail {
  const sections = budgetSections(raw.lines ?? []);
  return {
    ...toBudgetReportSummary(raw),
    summary: text(raw.summary),
    approvingDocument: raw.approvingDocument ? toDocumentRef(raw.approvingDocument) : null,
    sections,
    hasActual: sections.some((section) => section.totalActual !== null),
    files: toAttachments(raw.files, strapiUrl),
    updatedAt: raw.updatedAt ?? null,
  };
}

/* ---------- Strapi queries ---------- */

export const BUDGET_PAGE_SIZE = 100;

export function budgetListQuery(page: number, commune: StrapiQuery): StrapiQuery {
  return {
    filters: commune,
    fields: ['title', 'slug', 'year', 'reportKind', 'disclosedOn'],
    sort: ['year:desc', 'disclosedOn:asc', 'id:asc'],
    pagination: { page, pageSize: BUDGET_PAGE_SIZE },
  };
}

export function budgetDetailQuery(slugOrId: string, commune: StrapiQuery): StrapiQuery {
  return {
    filters: { ...commune, $or: [{ slug: { $eq: slugOrId } }, { documentId: { $eq: slugOrId } }] },
    populate: {
      approvingDocument: { fields: [...DOCUMENT_REF_FIELDS] },
      lines: true,
      files: { fields: [...ATTACHMENT_FIELDS] },
    },
    pagination: { page: 1, pageSize: 1 },
  };
}
