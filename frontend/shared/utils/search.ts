/**
 * The search pages' URL vocabulary and the small rules both the pages and the BFF need.
 * The pages' query parameters are Vietnamese (`/van-ban?loai=…&hieu-luc=con-hieu-luc`) because
 * citizens read and share these addresses; the BFF and Strapi speak the API's names.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import type { LegalStatus, SearchHit, SearchType } from '../../../plugins/portal-search/shared';

/** `?loai=` of /tim-kiem → the API's content type. */
export const SEARCH_KIND_PARAMS: Readonly<Record<string, SearchType>> = {
  'tin-bai': 'article',
  'van-ban': 'document',
  'thu-tuc': 'procedure',
  'gioi-thieu': 'page',
  'quy-hoach-ke-hoach': 'plan',
  'du-an-dau-tu': 'investment',
  'dau-thau': 'bidding',
  'ngan-sach': 'budget',
  'thong-ke': 'statistic',
  'hoi-dap': 'question',
  'lay-y-kien': 'consultation',
};

/** `?hieu-luc=` of /van-ban → the API's legal status. */
export const LEGAL_STATUS_PARAMS: Readonly<Record<string, LegalStatus>> = {
  'con-hieu-luc': 'in_force',
  'chua-co-hieu-luc': 'not_yet_in_force',
  'het-hieu-luc': 'expired',
};

/** The inverse of a parameter table: API value → URL value. */
export function paramFor<V extends string>(table: Readonly<Record<string, V>>, value: V): string {
  return Object.keys(table).find((key) => table[key] === value) ?? value;
}

/** A page's query value as one string: repeated parameters keep the first, absent is ''. */
export function queryText(value: unknown): string {
  const one: unknown = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' ? one.trim() : '';
}

/** Where a search hit leads: the page of its type (keep in step with `frontend/app/pages`). */
export function searchHitPath(hit: Pick<SearchHit, 'type' | 'documentId' | 'slug' | 'locale'>): string {
  const id = encodeURIComponent(hit.slug ?? hit.documentId);
  switch (hit.type) {
    case 'article':
      return `/tin-tuc/${id}`;
    case 'document':
      return `/van-ban/${encodeURIComponent(hit.documentId)}`;
    case 'procedure':
      return `/thu-tuc-hanh-chinh/${id}`;
    case 'page':
      return hit.locale === 'en' ? `/en/${id}` : `/gioi-thieu/${id}`;
    case 'plan':
      return `/quy-hoach-ke-hoach/${id}`;
    case 'investment':
      return `/dau-tu-dau-thau/du-an/${id}`;
    case 'bidding':
      return `/dau-tu-dau-thau/dau-thau/${id}`;
    case 'budget':
      return `/cong-khai-ngan-sach/${id}`;
    case 'statistic':
      return `/thong-ke/${id}`;
    case 'question':
      return `/hoi-dap/${id}`;
    case 'consultation':
      return `/lay-y-kien/${id}`;
  }
}

/**
 * A document's legal status on `today` (ISO dates): the CMS's rule (cms/src/domain/document-rules.ts)
 * and the search engine's, repeated here because the site cannot import either.
 */
export function legalStatusOn(
  dates: { issueDate: string | null; effectiveDate: string | null; expiryDate: string | null },
  today: string,
): LegalStatus {
  if (dates.expiryDate && dates.expiryDate <= today) return 'expired';
  const start = dates.effectiveDate ?? dates.issueDate;
  return start && start > today ? 'not_yet_in_force' : 'in_force';
}

/** Today's date in Việt Nam (UTC+7, no daylight saving), as `YYYY-MM-DD`. */
export function todayInVietnamIso(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/**
 * Page numbers to link to: the first, the last and two either side of the current one, with
 * `null` where numbers are left out (shown as "…"). Short enough for a phone screen.
 */
export function pageWindow(current: number, count: number): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let page = 1; page <= count; page += 1) {
    if (page === 1 || page === count || Math.abs(page - current) <= 2) {
      pages.push(page);
    } else if (pages.at(-1) !== null) {
      pages.push(null);
    }
  }
  return pages;
}

/** /van-ban's parameters → the document search API's. */
export const DOCUMENT_SEARCH_PARAMS = {
  q: 'q',
  so: 'number',
  loai: 'documentType',
  'co-quan': 'issuingBody',
  'linh-vuc': 'field',
  'nguoi-ky': 'signer',
  nam: 'year',
  'tu-ngay': 'from',
  'den-ngay': 'to',
  'hieu-luc': 'status',
  trang: 'page',
} as const;

/** The /van-ban fields behind "Tìm nâng cao": all but the keywords (and the page number). */
export const DOCUMENT_ADVANCED_PARAMS = [
  'so',
  'loai',
  'co-quan',
  'linh-vuc',
  'nguoi-ky',
  'nam',
  'hieu-luc',
  'tu-ngay',
  'den-ngay',
] as const satisfies readonly (keyof typeof DOCUMENT_SEARCH_PARAMS)[];

/**
 * How many "Tìm nâng cao" fields a /van-ban address fills: when any, the page opens the
 * <details> so the citizen sees every condition that narrows the list.
 */
export function documentAdvancedFilterCount(pageQuery: Record<string, unknown>): number {
  return DOCUMENT_ADVANCED_PARAMS.filter((param) => queryText(pageQuery[param]) !== '').length;
}

/**
 * The BFF query of a /van-ban address. Empty form fields are left out; an unknown `hieu-luc` is
 * passed on as it is, so the BFF answers with its message rather than the filter being dropped.
 */
export function documentSearchApiQuery(pageQuery: Record<string, unknown>): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [param, name] of Object.entries(DOCUMENT_SEARCH_PARAMS)) {
    const value = queryText(pageQuery[param]);
    if (value === '') continue;
    query[name] = name === 'status' ? (LEGAL_STATUS_PARAMS[value] ?? value) : value;
  }
  return query;
}

/** The BFF query of a /tim-kiem address (`?q=&loai=&trang=`). */
export function siteSearchApiQuery(pageQuery: Record<string, unknown>): Record<string, string> {
  const query: Record<string, string> = { q: queryText(pageQuery.q) };
  const kind = queryText(pageQuery.loai);
  if (kind !== '') query.type = SEARCH_KIND_PARAMS[kind] ?? kind;
  const page = queryText(pageQuery.trang);
  if (page !== '') query.page = page;
  return query;
}
