/**
 * Types of the search API, shared by the portal-search plugin's server and the Nuxt BFF.
 * Keep this file free of runtime dependencies: the frontend imports it too.
 */

/** What can be searched, as the site names it. */
/**
 * What can be searched, as the site names it: news, documents, procedures, introduction pages and
 * the law's sections whose items citizens look for by name (plans, investment projects, bidding
 * notices, budget reports, statistics). The work schedule, the access-to-information section and
 * urgent notices are not searched: they are one page each, reached from the menu.
 */
export type SearchType =
  | 'article'
  | 'document'
  | 'procedure'
  | 'page'
  | 'plan'
  | 'investment'
  | 'bidding'
  | 'budget'
  | 'statistic'
  | 'question'
  | 'consultation';

export const SEARCH_TYPES: readonly SearchType[] = [
  'article',
  'document',
  'procedure',
  'page',
  'plan',
  'investment',
  'bidding',
  'budget',
  'statistic',
  'question',
  'consultation',
];

export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
  article: 'Tin bài',
  document: 'Văn bản',
  procedure: 'Thủ tục hành chính',
  page: 'Giới thiệu',
  plan: 'Quy hoạch – Kế hoạch',
  investment: 'Dự án đầu tư',
  bidding: 'Đấu thầu – Mua sắm công',
  budget: 'Công khai ngân sách',
  statistic: 'Thống kê',
  question: 'Hỏi đáp',
  consultation: 'Lấy ý kiến dự thảo',
};

/** A document's legal status on a given day (computed, never stored as such). */
export type LegalStatus = 'in_force' | 'not_yet_in_force' | 'expired';

export const LEGAL_STATUS_LABELS: Record<LegalStatus, string> = {
  in_force: 'Còn hiệu lực',
  not_yet_in_force: 'Chưa có hiệu lực',
  expired: 'Hết hiệu lực',
};

export interface SearchHit {
  type: SearchType;
  documentId: string;
  locale: string;
  slug: string | null;
  title: string;
  /** Number and symbol of a document, code of a procedure. */
  numberSymbol: string | null;
  /** A short passage with the matched words wrapped in <mark>…</mark>; everything else is escaped. */
  snippet: string;
  publishedAt: string | null;
  issueDate: string | null;
  documentType: string | null;
  issuingBody: string | null;
}

export interface Pagination {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
  /**
   * True when there are more hits than `total`: the site search counts the hits of its first
   * pages only up to a limit ("hơn 100 kết quả"); `pageCount` then reaches one page past it.
   */
  totalCapped?: boolean;
}

/** `GET /api/portal-search/search?q=…&type=…&page=…&pageSize=…` */
export interface SearchResponse {
  data: SearchHit[];
  meta: {
    pagination: Pagination;
    /** The query as understood (folded), and a corrected query when the words were not found. */
    query: string;
    didYouMean: string | null;
    /** True when the results are those of `didYouMean` because the query itself found nothing. */
    corrected: boolean;
  };
}

export interface FacetCount {
  value: string;
  count: number;
}

export type FacetName = 'documentType' | 'issuingBody' | 'field' | 'signer' | 'year' | 'status';

export const FACET_LABELS: Record<FacetName, string> = {
  documentType: 'Loại văn bản',
  issuingBody: 'Cơ quan ban hành',
  field: 'Lĩnh vực',
  signer: 'Người ký',
  year: 'Năm ban hành',
  status: 'Hiệu lực',
};

/** `GET /api/portal-search/documents?q=&number=&documentType=&issuingBody=&field=&signer=&year=&status=&from=&to=&page=` */
export interface DocumentSearchResponse extends SearchResponse {
  facets: Record<FacetName, FacetCount[]>;
}

export interface DocumentFilters {
  documentType?: string;
  issuingBody?: string;
  field?: string;
  signer?: string;
  year?: number;
  status?: LegalStatus;
  /** Issue date range, ISO dates (inclusive). */
  from?: string;
  to?: string;
  /** Number and symbol, e.g. 239/BC-UBND (exact, normalised). */
  number?: string;
}

/** Lower-case, accents and đ folded, spaces collapsed: how both the index and queries see text. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The comparable key of a number and symbol: folded, without spaces ('239 / BC-UBND' → '239/bc-ubnd'). */
export function numberKey(text: string): string {
  return foldVietnamese(text).replace(/\s+/g, '');
}

/** Whether a query looks like a document number and symbol or a procedure code rather than words. */
export function looksLikeNumber(query: string): boolean {
  const compact = query.trim();
  return /^\d+[/-]/.test(compact) || /^[0-9]+(\.[0-9]+)+$/.test(compact) || /\/[A-Za-zĐđ]/.test(compact);
}
