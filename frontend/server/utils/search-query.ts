/**
 * The search BFF's query parameters, checked before anything reaches Strapi or the cache.
 * Limits mirror the portal-search API (plugins/portal-search/server/src/controllers/request.ts),
 * so a citizen gets the same Vietnamese message from us without a round trip; messages are the
 * only text of an invalid query that reaches the page.
 *
 * No Nuxt auto-imports: Jest imports this module directly.
 */
import { z } from 'zod';
import {
  LEGAL_STATUS_LABELS,
  SEARCH_TYPES,
  type DocumentFilters,
  type LegalStatus,
  type SearchType,
} from '../../../plugins/portal-search/shared';

/** Storage mount of the search caches (bounded, see server/plugins/search-cache.ts). */
export const SEARCH_CACHE_BASE = 'search-cache';

/** Seconds a search answer is reused: new content shows up in search within a minute. */
export const SEARCH_MAX_AGE = 60;

export const SITE_SEARCH_PAGE_SIZE = 10;
export const DOCUMENT_SEARCH_PAGE_SIZE = 20;

const MAX_QUERY = 200;
const INVALID = 'Tham số tìm kiếm không hợp lệ.';

/** A query value as one trimmed string, or undefined when absent or empty (an unfilled form field). */
function single(value: unknown): unknown {
  const one: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof one !== 'string') return one;
  // NFC: the same words typed on two keyboards (composed or combining accents) share a cache entry.
  const trimmed = one.normalize('NFC').replace(/\s+/g, ' ').trim();
  return trimmed === '' ? undefined : trimmed;
}

const optionalText = (max: number, label: string) =>
  z.preprocess(single, z.string({ error: INVALID }).max(max, `${label} dài quá ${max} ký tự.`).optional());

const page = z.preprocess(
  (value) => {
    const one = single(value);
    return one === undefined ? 1 : Number(one);
  },
  z
    .number({ error: 'Số trang không hợp lệ.' })
    .int('Số trang không hợp lệ.')
    .min(1, 'Số trang không hợp lệ.')
    .max(1000, 'Số trang không hợp lệ.'),
);

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const isoDate = (label: string) =>
  z.preprocess(
    single,
    z.string({ error: INVALID }).refine(isCalendarDate, `${label} không hợp lệ (dạng năm-tháng-ngày, ví dụ 2026-01-31).`).optional(),
  );

const siteSearchSchema = z.object({
  q: z.preprocess(single, z.string({ error: 'Hãy nhập từ khóa cần tìm.' }).max(MAX_QUERY, `Từ khóa dài quá ${MAX_QUERY} ký tự.`)),
  type: z.preprocess(
    single,
    z
      .string({ error: INVALID })
      .refine((value): value is SearchType => (SEARCH_TYPES as readonly string[]).includes(value), 'Loại nội dung không hợp lệ.')
      .optional(),
  ),
  page,
});

const documentSearchSchema = z
  .object({
    q: optionalText(MAX_QUERY, 'Từ khóa'),
    number: optionalText(100, 'Số, ký hiệu'),
    documentType: optionalText(100, 'Loại văn bản'),
    issuingBody: optionalText(200, 'Cơ quan ban hành'),
    field: optionalText(200, 'Lĩnh vực'),
    signer: optionalText(200, 'Người ký'),
    year: z.preprocess(
      (value) => {
        const one = single(value);
        return one === undefined ? undefined : Number(one);
      },
      z
        .number({ error: 'Năm ban hành không hợp lệ.' })
        .int('Năm ban hành không hợp lệ.')
        .min(1945, 'Năm ban hành không hợp lệ.')
        .max(2100, 'Năm ban hành không hợp lệ.')
        .optional(),
    ),
    status: z.preprocess(
      single,
      z
        .string({ error: INVALID })
        .refine((value): value is LegalStatus => value in LEGAL_STATUS_LABELS, 'Tình trạng hiệu lực không hợp lệ.')
        .optional(),
    ),
    from: isoDate('“Từ ngày”'),
    to: isoDate('“Đến ngày”'),
    page,
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, '“Từ ngày” phải trước “đến ngày”.');

export interface SiteSearchQuery {
  q: string;
  type: SearchType | undefined;
  page: number;
}

export interface DocumentSearchQuery extends DocumentFilters {
  q?: string;
  page: number;
}

export type Parsed<T> = { ok: true; query: T } | { ok: false; message: string };

function failure(error: z.ZodError): { ok: false; message: string } {
  return { ok: false, message: error.issues[0]?.message ?? INVALID };
}

/** `?q=&type=&page=` of GET /api/search; q is required (the API needs words to look for). */
export function parseSiteSearchQuery(raw: Record<string, unknown>): Parsed<SiteSearchQuery> {
  const result = siteSearchSchema.safeParse(raw);
  if (!result.success) return failure(result.error);
  const { q, type, page: pageNumber } = result.data;
  // The refine above proved it; zod's refine does not narrow the output type.
  return { ok: true, query: { q, type: type as SearchType | undefined, page: pageNumber } };
}

/** `?q=&number=&documentType=&issuingBody=&field=&signer=&year=&status=&from=&to=&page=` of GET /api/documents/search. */
export function parseDocumentSearchQuery(raw: Record<string, unknown>): Parsed<DocumentSearchQuery> {
  const result = documentSearchSchema.safeParse(raw);
  if (!result.success) return failure(result.error);
  const { status, ...rest } = result.data;
  return { ok: true, query: { ...rest, status: status as LegalStatus | undefined } };
}

/**
 * The cache key parts of a query: every parameter in a fixed order, so `?a=1&b=2` and
 * `?b=2&a=1` share an entry. An invalid query gets a key no valid one can have; it is never
 * cached anyway (the handler throws), the key only has to exist.
 */
export function searchKeyParts<T extends object>(parsed: Parsed<T>): string[] {
  if (!parsed.ok) return ['invalid'];
  return [
    JSON.stringify(
      Object.entries(parsed.query)
        .filter(([, value]) => value !== undefined)
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
  ];
}
