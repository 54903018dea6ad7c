/**
 * Plans (quy hoạch, kế hoạch, chương trình công tác năm) as the plan pages receive them
 * (Law 104/2016/QH13 Art. 19(1)(c)).
 */
import type { Attachment } from './attachment';
import type { Block } from './blocks';
import type { DocumentRef } from './legal-document';

export type PlanKind = 'Chiến lược' | 'Chương trình' | 'Quy hoạch' | 'Kế hoạch' | 'Chương trình công tác năm';
export type PlanStatus = 'Đang xây dựng' | 'Đã phê duyệt' | 'Đang thực hiện' | 'Đã hoàn thành';

export interface PlanSummary {
  documentId: string;
  title: string;
  kind: PlanKind;
  status: PlanStatus;
  field: string | null;
  periodStart: number;
  periodEnd: number | null;
  summary: string;
  /** This site's address of the plan page. */
  path: string;
}

export interface PlanListPagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

/** `GET /api/plans?kind=&status=&page=`: kinds and statuses as their address codes (shared/utils/public-works.ts). */
export interface PlanListResponse {
  plans: PlanSummary[];
  pagination: PlanListPagination;
  kind: PlanKind | null;
  status: PlanStatus | null;
}

export interface PlanMap {
  url: string;
  alt: string;
  width: number | null;
  height: number | null;
}

/** One implementation report (báo cáo kết quả thực hiện) of a plan. */
export interface PlanReport {
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  title: string;
  summary: string;
  files: Attachment[];
}

/** `GET /api/plans/:slug`. */
export interface PlanDetail extends PlanSummary {
  approvingDocument: DocumentRef | null;
  body: Block[];
  files: Attachment[];
  maps: PlanMap[];
  /** Oldest first: the plan's implementation over time. */
  reports: PlanReport[];
  /** ISO date-time of the entry's last change. */
  updatedAt: string | null;
}
