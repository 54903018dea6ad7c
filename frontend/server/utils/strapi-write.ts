/**
 * The site's only writes to Strapi: a citizen's question, comment or rating, sent on as typed.
 * Strapi checks, limits and stores them; its refusals (400, 404, 429) come back as what they are,
 * with the Vietnamese message the form shows. Anything else (down, timeout, 5xx) is a 502.
 */
import type { H3Event } from 'h3';
import type { SubmissionRefusal } from '../../../plugins/citizen-voice/shared';
import { strapiErrorOf, toRefusal } from './strapi-refusal';

const TIMEOUT_MS = 8000;

/** Statuses whose message is written for the citizen. */
const REFUSAL_STATUSES: ReadonlySet<number> = new Set([400, 404, 409, 413, 429]);

export type StrapiWriteResult<T> =
  | { ok: true; status: number; body: T }
  | { ok: false; status: number; message: string; details: SubmissionRefusal };

/** When Strapi gave no message (a 404 of a route or a commune no longer served). */
function fallbackMessage(status: number): string {
  if (status === 404) return 'Trang này hiện không nhận ý kiến. Xin vui lòng liên hệ trực tiếp Ủy ban nhân dân xã.';
  if (status === 429) return 'Bạn đã gửi quá nhiều lần. Xin vui lòng thử lại sau ít phút.';
  return 'Nội dung gửi chưa hợp lệ. Xin vui lòng kiểm tra lại.';
}

/** `POST ${strapiUrl}${path}` with the site's token and the commune of the request's host. */
export async function strapiPost<T>(event: H3Event, commune: string, path: string, payload: unknown): Promise<StrapiWriteResult<T>> {
  const { strapiUrl, strapiToken } = useRuntimeConfig();
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json', 'x-commune': commune };
  if (strapiToken) headers.authorization = `Bearer ${strapiToken}`;
  const response = await $fetch
    .raw<T>(path, {
      baseURL: strapiUrl,
      method: 'POST',
      headers,
      body: JSON.stringify(payload),
      timeout: TIMEOUT_MS,
      retry: 0,
      ignoreResponseError: true,
    })
    .catch((error: unknown) => {
      console.error(`[strapi] POST ${path} failed (no response): ${error instanceof Error ? error.message : String(error)}`);
      throw createError({ statusCode: 502, statusMessage: 'Bad Gateway', message: 'The content service is unavailable' });
    });
  const body: unknown = response._data;
  if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status, body: body as T };
  const error = strapiErrorOf(body);
  const message = typeof error?.message === 'string' ? error.message : '';
  if (REFUSAL_STATUSES.has(response.status)) {
    return { ok: false, status: response.status, message: message || fallbackMessage(response.status), details: toRefusal(error?.details) };
  }
  // Never the body: it could echo what the citizen typed.
  console.error(`[strapi] POST ${path} failed (${response.status})`);
  throw createError({ statusCode: 502, statusMessage: 'Bad Gateway', message: 'The content service is unavailable' });
}
