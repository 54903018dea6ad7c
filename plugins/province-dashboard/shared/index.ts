/**
 * The province dashboard's API, shared by the plugin's server and its admin pages:
 * - `GET /province-dashboard/overview`: every commune as a row (province IT and the province viewer);
 * - `GET /province-dashboard/overview/export`: the same as an .xlsx file;
 * - `GET /province-dashboard/commune?commune=<documentId>`: one commune's figures with the lists
 *   behind them (its board, its commune admin, and the province).
 *
 * Where each figure comes from, so that the dashboard and the board's yearly report agree:
 * - visits: plugin site-stats (site_visits), days in Vietnam time;
 * - published: the board's report figures (plugin editorial-board, first publications counted
 *   once, from its event log) for this month and this year up to today;
 * - waiting: items in the board's queue now (submitted, editing, in review, approved), and since
 *   when the oldest has waited (its latest submission);
 * - documents: documents first published this year; days from the issue date to the first
 *   publication, and whether that took at most 5 working days (Law 104/2016 Art. 18(4));
 * - compliance: the scorecard of shared/compliance.ts over the table of required information.
 */
import type { SearchInsight } from '@commune/site-stats/shared';
import type { ComplianceState } from './compliance';

export * from './compliance';
export * from './required-information';

/** Law 104/2016 Art. 18(4): information is published within 5 working days of its creation. */
export const PUBLICATION_DEADLINE_WORKING_DAYS = 5;

/** The kinds the dashboard splits publications by: news (tin), articles (bài), documents, the rest. */
export type PublishedKind = 'tin' | 'bai' | 'document' | 'other';
export const PUBLISHED_KINDS: readonly PublishedKind[] = ['tin', 'bai', 'document', 'other'];
export const PUBLISHED_KIND_LABELS: Record<PublishedKind, string> = { tin: 'Tin', bai: 'Bài', document: 'Văn bản', other: 'Mục khác' };

export type PublishedCounts = Record<PublishedKind, number> & { total: number };

export interface DashboardCommune {
  documentId: string;
  name: string;
  slug: string;
  code: string;
  siteStatus: 'active' | 'suspended';
}

/** The figures of one commune, or their sum for the province. */
export interface Figures {
  visits: { today: number; month: number; year: number; total: number };
  published: { month: PublishedCounts; year: PublishedCounts };
  /** Items in the board's queue now; `oldestSince`: when the longest-waiting one was sent to the board. */
  waiting: { count: number; oldestSince: string | null };
  /**
   * Documents first published this year: how many, the median of days from issue to publication,
   * how many were published within 5 working days, and that share (null with no documents).
   */
  documents: { count: number; medianDays: number | null; withinDeadline: number; withinShare: number | null };
  /** The scorecard's score (0–100, rows ok over all rows) and its rows by state. The province: the mean. */
  compliance: { score: number; ok: number; stale: number; empty: number };
  /** The newest publication on the site, ISO instant. */
  lastPublishedAt: string | null;
}

export interface CommuneFigures extends Figures {
  commune: DashboardCommune;
}

/** Twelve months ending with this one (`YYYY-MM`), the x axis of every monthly chart. */
export interface MonthlyCharts {
  months: string[];
  visits: number[];
  publications: Record<PublishedKind, number[]>;
  /** The mean compliance score of the month's recorded days (null: none recorded yet). */
  compliance: Array<number | null>;
}

export interface OverviewData {
  generatedAt: string;
  /** Today in Vietnam, YYYY-MM-DD: the day "today", "this month" and "this year" refer to. */
  today: string;
  communes: CommuneFigures[];
  province: Figures;
  charts: MonthlyCharts & {
    /** Each commune's visits per month (same months), by commune documentId. */
    visitsByCommune: Record<string, number[]>;
  };
}

export interface OverviewResponse {
  data: OverviewData;
}

/** One row of a commune's scorecard, with where to fix it. */
export interface ScorecardRow {
  key: string;
  item: string;
  legalBasis: string;
  sectionName: string;
  /** The public page, e.g. /van-ban. */
  path: string;
  /** The rule in words, e.g. "Cập nhật trong 6 tháng". */
  rule: string;
  state: ComplianceState;
  stateLabel: string;
  note: string;
  count: number;
  lastUpdated: string | null;
  /** The admin panel's list of the section's content type (relative to /admin). */
  adminPath: string;
}

/** A document published later than 5 working days after its issue date. */
export interface LateDocument {
  documentId: string;
  title: string;
  number: string | null;
  issueDate: string;
  publishedOn: string;
  workingDays: number;
}

export interface WaitingItem {
  title: string;
  kind: string;
  state: string;
  since: string | null;
}

export interface CommuneDashboardData {
  generatedAt: string;
  today: string;
  figures: CommuneFigures;
  charts: MonthlyCharts & {
    /** The last 30 days (YYYY-MM-DD) and their visits. */
    days: string[];
    dailyVisits: number[];
  };
  scorecard: ScorecardRow[];
  /** Documents first published this year later than the deadline, the latest first. */
  lateDocuments: LateDocument[];
  /** The board's queue, the longest-waiting first (at most 50). */
  waitingItems: WaitingItem[];
  /**
   * The last 90 days' searches (plugin site-stats, masked); null until the site has sent any.
   * The not-found list leaves out queries searched only once: those are most often a name or a
   * one-off slip, and tell editors nothing about a missing page.
   */
  searches: SearchInsight | null;
}

export interface CommuneDashboardResponse {
  data: CommuneDashboardData;
}

export const OVERVIEW_EXPORT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
