/**
 * Public investment projects and bidding / public procurement notices as the
 * "Đầu tư – Đấu thầu – Mua sắm công" pages receive them (Law 104/2016/QH13 Art. 19(1)(d)).
 * Money is a string of digits (Strapi's biginteger): đồng amounts may exceed 2^53.
 */
import type { Attachment } from './attachment';
import type { DocumentRef } from './legal-document';

export type ProjectStatus = 'Chuẩn bị đầu tư' | 'Đang thực hiện' | 'Tạm dừng' | 'Đã hoàn thành';
export type NoticeKind = 'Kế hoạch lựa chọn nhà thầu' | 'Thông báo mời thầu' | 'Kết quả lựa chọn nhà thầu' | 'Mua sắm công';

export interface ProgressUpdate {
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  /** 0–100, or null when the update gives none. */
  percentComplete: number | null;
  /** Đồng disbursed to that date, digits. */
  disbursed: string | null;
  note: string;
}

export interface ProjectSummary {
  documentId: string;
  name: string;
  investor: string;
  /** Total investment (tổng mức đầu tư), đồng, digits. */
  totalCapital: string;
  capitalSource: string;
  location: string;
  startYear: number;
  endYear: number | null;
  status: ProjectStatus;
  /** The latest progress update, if any. */
  latest: ProgressUpdate | null;
  path: string;
}

export interface ProjectRef {
  name: string;
  path: string;
}

export interface NoticeSummary {
  documentId: string;
  title: string;
  kind: NoticeKind;
  /** ISO date `YYYY-MM-DD`. */
  noticeDate: string;
  /** ISO date-time or date. */
  closingDate: string | null;
  packageName: string | null;
  project: ProjectRef | null;
  path: string;
}

/** `GET /api/investment`: the projects and the latest notices. */
export interface InvestmentOverview {
  projects: ProjectSummary[];
  notices: NoticeSummary[];
  /** How many notices the commune publishes in all (the page shows the latest). */
  noticeTotal: number;
}

/** `GET /api/investment/projects/:slug`. */
export interface ProjectDetail extends ProjectSummary {
  summary: string;
  approvingDocument: DocumentRef | null;
  /** Oldest first. */
  progress: ProgressUpdate[];
  files: Attachment[];
  notices: NoticeSummary[];
  updatedAt: string | null;
}

/** `GET /api/investment/notices/:slug`. */
export interface NoticeDetail extends NoticeSummary {
  summary: string;
  packageValue: string | null;
  winner: string | null;
  contractValue: string | null;
  files: Attachment[];
  updatedAt: string | null;
}
