import { ALLOWED_METHODS, isAllowedMethod } from '../utils/security-headers';

/**
 * A public site is read-only: any method but GET, HEAD and OPTIONS (TRACE among them, which
 * would echo the request back) is refused with 405 before a route or the page renderer runs.
 */
export default defineEventHandler((event) => {
  if (isAllowedMethod(event.method)) return;
  setResponseStatus(event, 405, 'Method Not Allowed');
  setResponseHeaders(event, { allow: ALLOWED_METHODS.join(', '), 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  return 'Method Not Allowed\n';
});
