import { ALLOWED_METHODS, isAllowedMethod } from '../utils/security-headers';
import { formTarget } from '../utils/citizen-forms';

/**
 * A public site is read-only: any method but GET, HEAD and OPTIONS (TRACE among them, which
 * would echo the request back) is refused with 405 before a route or the page renderer runs.
 * The one exception is POST to a citizen's form: the question form, a consultation's comment
 * form and the page rating (server/utils/citizen-forms.ts).
 */
export default defineEventHandler((event) => {
  if (isAllowedMethod(event.method)) return;
  if (event.method === 'POST' && formTarget(event.path) !== null) return;
  setResponseStatus(event, 405, 'Method Not Allowed');
  setResponseHeaders(event, {
    allow: ALLOWED_METHODS.join(', '),
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
  });
  return 'Method Not Allowed\n';
});
