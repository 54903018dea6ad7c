/**
 * Budget disclosure (công khai ngân sách) as the budget pages receive it. Amounts are whole
 * đồng as decimal strings: a commune's budget runs to tens of billions, past what a float
 * holds exactly once summed.
 */
import type { Attachment } from './attachment';
import type { DocumentRef } from './legal-document';

export const BUDGET_REPORT_KINDS = [
  'Dự toán',
  'Thực hiện quý I',
  'Thực hiện 6 tháng',
  'Thực hiện 9 tháng',
  'Thực hiện cả năm',
  'Quyết toán',
  'Báo cáo tài chính năm',
] as const;

export type BudgetReportKind = (typeof BUDGET_REPORT_KINDS)[number];

export type BudgetSectionName = 'Thu ngân sách' | 'Chi ngân sách';

export interface BudgetReportSummary {
  documentId: string;
  title: string;
  year: number;
  reportKind: BudgetReportKind;
  /** ISO date of the disclosure. */
  disclosedOn: string | null;
  path: string;
}

export interface BudgetYear {
  year: number;
  /** The year's reports in the order of BUDGET_REPORT_KINDS. */
  reports: BudgetReportSummary[];
  /** Kinds whose period has ended and that are not disclosed. */
  missing: BudgetReportKind[];
  /** Kinds whose period has not ended yet and that are not disclosed. */
  notYetDue: BudgetReportKind[];
}

/** `GET /api/budget-reports`. */
export interface BudgetListResponse {
  /** Newest year first. */
  years: BudgetYear[];
  total: number;
}

export interface BudgetLine {
  item: string;
  planned: string | null;
  actual: string | null;
  /** Actual as a percentage of planned, one decimal, when both are known and planned is not 0. */
  percent: number | null;
  note: string | null;
}

export interface BudgetSection {
  section: BudgetSectionName;
  lines: BudgetLine[];
  totalPlanned: string | null;
  totalActual: string | null;
  totalPercent: number | null;
}

/** `GET /api/budget-reports/:slug`. */
export interface BudgetReportDetail extends BudgetReportSummary {
  summary: string | null;
  approvingDocument: DocumentRef | null;
  sections: BudgetSection[];
  /** Whether any line has an actual amount (execution reports); an estimate has planned only. */
  hasActual: boolean;
  files: Attachment[];
  updatedAt: string | null;
}
