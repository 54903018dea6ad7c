/**
 * Query parameters of the public JSON API (`/api/public/v1/…`). A client that misspells a
 * parameter (`page_size`) gets a 400 naming it rather than a silently different answer.
 *
 * No Nuxt auto-imports: Jest imports this module directly.
 */
import { z } from 'zod';

export const PUBLIC_API_DEFAULT_PAGE_SIZE = 20;
export const PUBLIC_API_MAX_PAGE_SIZE = 50;
const MAX_PAGE = 10_000;

export interface PublicApiQuery {
  page: number;
  pageSize: number;
  /** News only: a category slug. */
  category?: string;
  /** Plans and bidding notices: a kind's code (`ke-hoach`, `thong-bao-moi-thau`). */
  kind?: string;
  /** Plans and investment projects: a status's code (`dang-thuc-hien`). */
  status?: string;
  /** The province host only: a commune's slug. */
  commune?: string;
}

export type PublicApiParam = keyof PublicApiQuery;

export type ParsedPublicApiQuery = { ok: true; query: PublicApiQuery } | { ok: false; message: string };

/** Repeated parameters are refused before the schemas run, so a value here is one string. */
function trimmed(value: unknown): unknown {
  return typeof value === 'string' ? value.trim() : value;
}

const integer = (name: string, min: number, max: number, fallback: number) =>
  z.preprocess(
    (value) => {
      const one = trimmed(value);
      if (one === undefined || one === '') return fallback;
      // Number('') and Number(' ') are 0, Number('1e1') is 10: accept digits only.
      return typeof one === 'string' && /^\d{1,6}$/.test(one) ? Number(one) : one;
    },
    z
      .number({ error: `Tham số ${name} phải là một số nguyên từ ${min} đến ${max}.` })
      .int(`Tham số ${name} phải là một số nguyên từ ${min} đến ${max}.`)
      .min(min, `Tham số ${name} phải là một số nguyên từ ${min} đến ${max}.`)
      .max(max, `Tham số ${name} phải là một số nguyên từ ${min} đến ${max}.`),
  );

const slug = z.preprocess(
  (value) => {
    const one = trimmed(value);
    return one === '' ? undefined : one;
  },
  z
    .string({ error: 'Tham số category phải là mã (slug) của một chuyên mục, ví dụ thong-bao.' })
    .max(120, 'Tham số category dài quá 120 ký tự.')
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Tham số category phải là mã (slug) của một chuyên mục, ví dụ thong-bao.')
    .optional(),
);

/** A code of the plan and investment sections' vocabularies (shared/utils/public-works.ts); the endpoint checks the value. */
const code = (name: string) =>
  z.preprocess(
    (value) => {
      const one = trimmed(value);
      return one === '' ? undefined : one;
    },
    z
      .string({ error: `Tham số ${name} phải là một mã không dấu, ví dụ dang-thuc-hien.` })
      .max(60, `Tham số ${name} dài quá 60 ký tự.`)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `Tham số ${name} phải là một mã không dấu, ví dụ dang-thuc-hien.`)
      .optional(),
  );

const communeSlug = z.preprocess(
  (value) => {
    const one = trimmed(value);
    return one === '' ? undefined : one;
  },
  z
    .string({ error: 'Tham số commune phải là mã (slug) của một xã, phường, ví dụ khanh-khe.' })
    .max(120, 'Tham số commune dài quá 120 ký tự.')
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Tham số commune phải là mã (slug) của một xã, phường, ví dụ khanh-khe.')
    .optional(),
);

const SCHEMAS = {
  page: integer('page', 1, MAX_PAGE, 1),
  pageSize: integer('pageSize', 1, PUBLIC_API_MAX_PAGE_SIZE, PUBLIC_API_DEFAULT_PAGE_SIZE),
  category: slug,
  kind: code('kind'),
  status: code('status'),
  commune: communeSlug,
} as const;

/** `?page=&pageSize=` plus the endpoint's own filters (`allowed`); anything else is refused. */
export function parsePublicApiQuery(raw: Record<string, unknown>, filters: readonly PublicApiParam[] = []): ParsedPublicApiQuery {
  const allowed: PublicApiParam[] = ['page', 'pageSize', ...filters];
  const unknown = Object.keys(raw).filter((name) => !(allowed as string[]).includes(name));
  if (unknown.length > 0) {
    return { ok: false, message: `Tham số không được hỗ trợ: ${unknown.join(', ')}. Các tham số hợp lệ: ${allowed.join(', ')}.` };
  }
  const repeated = Object.entries(raw).find(([, value]) => Array.isArray(value));
  if (repeated) return { ok: false, message: `Tham số ${repeated[0]} chỉ được có một giá trị.` };

  const shape: Partial<Record<PublicApiParam, z.ZodType>> = {};
  for (const name of allowed) shape[name] = SCHEMAS[name];
  const result = z.object(shape).safeParse(raw);
  if (!result.success) return { ok: false, message: result.error.issues[0]?.message ?? 'Tham số không hợp lệ.' };
  // The schemas above produce exactly these types; z.object over a computed shape cannot infer them.
  return { ok: true, query: result.data as unknown as PublicApiQuery };
}

/** The query string of another page of the same list, parameters in a fixed order. */
export function publicApiSearch(query: PublicApiQuery, page: number): string {
  const params = new URLSearchParams({ page: String(page), pageSize: String(query.pageSize) });
  if (query.category) params.set('category', query.category);
  if (query.kind) params.set('kind', query.kind);
  if (query.status) params.set('status', query.status);
  if (query.commune) params.set('commune', query.commune);
  return params.toString();
}
