import { ERROR_TEXT } from './error-text';

/** A search page's failed BFF call, as useFetch/useAsyncData report it. */
type SearchError = { status?: number; statusCode?: number; data?: unknown } | null | undefined;

/**
 * Statuses whose message the BFF passes on from the search API, written for citizens: a query it
 * refused (400) and a search engine too busy to take one more (503, try again in a moment).
 */
const PASSED_ON = new Set([400, 503]);

const statusOf = (error: SearchError): number | undefined => error?.status ?? error?.statusCode;

/** What a search page says when its BFF call failed: the passed-on message, else the generic "unavailable" text. */
export function searchErrorText(error: SearchError): string {
  const data = error?.data;
  if (
    PASSED_ON.has(statusOf(error) ?? 0) &&
    typeof data === 'object' &&
    data !== null &&
    'message' in data &&
    typeof data.message === 'string'
  ) {
    return data.message;
  }
  return ERROR_TEXT.unavailable;
}

/**
 * The page's own status, for caches and crawlers: a refused query is the visitor's 400, a busy
 * engine a 503, anything else (Strapi unreachable) our 502.
 */
export function searchErrorStatus(error: SearchError): number {
  const status = statusOf(error) ?? 0;
  return PASSED_ON.has(status) ? status : 502;
}
