/**
 * The one Strapi client of the site. Server only: the token never leaves this process.
 */
import type { H3Event } from 'h3';
import { cmsDown } from './cms-health';
import { getJson, strapiRequestUrl } from './strapi-http';
import { toStrapiQuery, type StrapiQuery } from './strapi-query';

const TIMEOUT_MS = 8000;

/** `{ error: { message } }`, the body of a Strapi error answer; '' when there is none. */
function strapiErrorMessage(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('data' in error)) return '';
  const body: unknown = error.data;
  if (typeof body !== 'object' || body === null || !('error' in body)) return '';
  const detail: unknown = body.error;
  if (typeof detail !== 'object' || detail === null || !('message' in detail)) return '';
  return typeof detail.message === 'string' ? detail.message : '';
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if ('status' in error && typeof error.status === 'number') return error.status;
  if ('statusCode' in error && typeof error.statusCode === 'number') return error.statusCode;
  return undefined;
}

const unavailable = () => createError({ statusCode: 502, statusMessage: 'Bad Gateway', message: 'The content service is unavailable' });

export interface StrapiGetOptions {
  /**
   * Pass a Strapi 400 (a refused query) or 503 (the search engine busy) on, with Strapi's message.
   * Only for endpoints whose messages are written for citizens (the search API answers in
   * Vietnamese); elsewhere a 400 is our bug.
   */
  passSearchMessages?: boolean;
  /**
   * The `x-commune` header to send instead of the request's commune: `*` on the province host
   * (server/utils/province.ts), which reads every active commune in one query.
   */
  communeHeader?: string;
}

/**
 * `GET ${strapiUrl}${path}?${query}` with the read-only token and, once the commune is known,
 * an `x-commune` header that Strapi's tenancy guard checks against the forced filter.
 * A Strapi 404 stays a 404; anything else (down, timeout, 401/403, 5xx) becomes a 502, but
 * for `passSearchMessages`.
 */
export async function strapiGet<T>(event: H3Event, path: string, query: StrapiQuery = {}, options: StrapiGetOptions = {}): Promise<T> {
  // Strapi is known to be down (the content-version poll failed): callers with an earlier answer
  // serve it, so asking would only cost a connection attempt and a log line per request.
  if (cmsDown()) throw unavailable();
  // Never useRuntimeConfig(event): that copies the whole config and reads the environment again
  // on every request (a tenth of the site's CPU per uncached search); the shared one is read at start.
  const { strapiUrl, strapiToken } = useRuntimeConfig();
  const search = toStrapiQuery(query);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (strapiToken) headers.authorization = `Bearer ${strapiToken}`;
  const commune = event.context.commune;
  if (options.communeHeader) headers['x-commune'] = options.communeHeader;
  else if (commune) headers['x-commune'] = commune.slug;

  let body: unknown;
  try {
    body = await getJson(strapiRequestUrl(strapiUrl, search ? `${path}?${search}` : path), headers, TIMEOUT_MS);
  } catch (error) {
    const status = statusOf(error);
    if (status === 404) {
      throw createError({ statusCode: 404, statusMessage: 'Not Found' });
    }
    const message = strapiErrorMessage(error);
    if (status === 400 && options.passSearchMessages && message) {
      throw createError({ statusCode: 400, statusMessage: 'Bad Request', message });
    }
    if (status === 503 && options.passSearchMessages && message) {
      throw createError({ statusCode: 503, statusMessage: 'Service Unavailable', message });
    }
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`[strapi] GET ${path} failed (${status ?? 'no response'}): ${reason}`);
    throw unavailable();
  }
  // The shape is Strapi's API contract and is not re-validated here; the mappers in content.ts
  // treat every field as possibly missing.
  return body as T;
}

/** `filters[commune][slug][$eq]=<slug>`: every scoped query carries it, even behind Strapi's own guard. */
export function communeFilter(slug: string): { commune: { slug: { $eq: string } } } {
  return { commune: { slug: { $eq: slug } } };
}
