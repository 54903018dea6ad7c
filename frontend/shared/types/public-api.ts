/**
 * The public read-only JSON API for the provincial portal (`/api/public/v1/…`), documented in
 * the README. These shapes are a contract with other systems: add fields, never rename or
 * remove one without a new version path.
 */
import type { LegalStatus } from '../../../plugins/portal-search/shared';

export interface PublicApiCommune {
  name: string;
  slug: string;
  /** Administrative unit code (mã đơn vị hành chính), five digits. */
  code: string;
  province: string;
  /** The commune site's home page, absolute. */
  url: string;
}

export interface PublicApiPagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

export interface PublicApiList<T> {
  commune: PublicApiCommune;
  data: T[];
  meta: PublicApiPagination;
  /** Absolute URLs of this page and its neighbours (null at either end). */
  links: { self: string; prev: string | null; next: string | null };
}

export interface PublicApiImage {
  url: string;
  alt: string;
}

export interface PublicNewsItem {
  id: string;
  title: string;
  slug: string;
  summary: string | null;
  /** `tin` short news item, `bai` longer article. */
  kind: 'tin' | 'bai';
  category: { name: string; slug: string } | null;
  /** ISO 8601 date-times. */
  publishedAt: string | null;
  updatedAt: string | null;
  url: string;
  image: PublicApiImage | null;
}

export interface PublicDocumentFile {
  name: string;
  url: string;
  mime: string | null;
  /** Bytes. */
  size: number | null;
}

export interface PublicDocumentItem {
  id: string;
  /** `239/BC-UBND`. */
  numberSymbol: string;
  documentType: string | null;
  /** Trích yếu. */
  summary: string | null;
  issuingBody: string | null;
  signer: string | null;
  signerPosition: string | null;
  field: string | null;
  /** ISO dates `YYYY-MM-DD`. */
  issueDate: string | null;
  effectiveDate: string | null;
  expiryDate: string | null;
  /** On the day of the request, in Việt Nam. */
  status: LegalStatus;
  publishedAt: string | null;
  updatedAt: string | null;
  url: string;
  files: PublicDocumentFile[];
}

export interface PublicProcedureItem {
  id: string;
  /** National procedure code (mã TTHC), e.g. `1.001612`. */
  code: string | null;
  name: string;
  field: string | null;
  agency: string | null;
  /** `Toàn trình`, `Một phần` or `Trực tiếp`. */
  onlineLevel: string | null;
  processingTime: string | null;
  onlineServiceUrl: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  url: string;
}

/** A plan (quy hoạch, kế hoạch, chương trình công tác năm). */
export interface PublicPlanItem {
  id: string;
  title: string;
  slug: string | null;
  /** `Chiến lược`, `Chương trình`, `Quy hoạch`, `Kế hoạch`, `Chương trình công tác năm`. */
  kind: string | null;
  /** `Đang xây dựng`, `Đã phê duyệt`, `Đang thực hiện`, `Đã hoàn thành`. */
  status: string | null;
  field: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  summary: string | null;
  /** The approving document's page and number, if one is linked. */
  approvingDocument: { id: string; numberSymbol: string | null; url: string } | null;
  publishedAt: string | null;
  updatedAt: string | null;
  url: string;
  files: PublicDocumentFile[];
}

export interface PublicProgressUpdate {
  /** ISO date. */
  date: string | null;
  percentComplete: number | null;
  /** Đồng, a string of digits (amounts may pass 2^53). */
  disbursed: string | null;
  note: string | null;
}

/** A public investment project. Money in đồng as strings of digits. */
export interface PublicInvestmentProjectItem {
  id: string;
  name: string;
  slug: string | null;
  investor: string | null;
  totalCapital: string | null;
  capitalSource: string | null;
  location: string | null;
  startYear: number | null;
  endYear: number | null;
  /** `Chuẩn bị đầu tư`, `Đang thực hiện`, `Tạm dừng`, `Đã hoàn thành`. */
  status: string | null;
  summary: string | null;
  /** Oldest first. */
  progress: PublicProgressUpdate[];
  publishedAt: string | null;
  updatedAt: string | null;
  url: string;
}

/** A bidding or public procurement notice. Money in đồng as strings of digits. */
export interface PublicBiddingNoticeItem {
  id: string;
  title: string;
  slug: string | null;
  /** `Kế hoạch lựa chọn nhà thầu`, `Thông báo mời thầu`, `Kết quả lựa chọn nhà thầu`, `Mua sắm công`. */
  kind: string | null;
  packageName: string | null;
  packageValue: string | null;
  /** ISO dates. */
  noticeDate: string | null;
  closingDate: string | null;
  winner: string | null;
  contractValue: string | null;
  summary: string | null;
  project: { id: string; name: string | null; url: string } | null;
  publishedAt: string | null;
  updatedAt: string | null;
  url: string;
  files: PublicDocumentFile[];
}

/** `GET /api/public/v1/budget-reports`: amounts in đồng as decimal strings. */
export interface PublicBudgetReportItem {
  id: string;
  title: string;
  year: number | null;
  reportKind: string | null;
  disclosedOn: string | null;
  summary: string | null;
  lines: { section: string; item: string; planned: string | null; actual: string | null; note: string | null }[];
  publishedAt: string | null;
  updatedAt: string | null;
  url: string;
}

/** `GET /api/public/v1/statistics`. */
export interface PublicStatisticItem {
  id: string;
  title: string;
  field: string | null;
  period: string | null;
  publishedOn: string | null;
  currentLabel: string | null;
  previousLabel: string | null;
  rows: { indicator: string; unit: string | null; previous: number | null; current: number | null }[];
  publishedAt: string | null;
  updatedAt: string | null;
  url: string;
}

/** `GET /api/public/v1/work-schedules`: newest week first. */
export interface PublicWorkScheduleItem {
  id: string;
  title: string;
  weekStart: string | null;
  note: string | null;
  entries: {
    day: string | null;
    time: string | null;
    content: string;
    place: string | null;
    leader: string | null;
    attendees: string | null;
  }[];
  updatedAt: string | null;
  url: string;
}
