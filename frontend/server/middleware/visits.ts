/**
 * Counts visits: a person's page view, once per visitor per day and commune, without a cookie.
 * Counted after the response is finished, so it never delays the page, and only for pages that
 * were served (a 404 or an error page is not a visit). Counting is a Set insertion in this
 * process (server/utils/visit-queue.ts): Strapi receives the day's new visitors in batches.
 */
import { clientAddress } from '../../../plugins/commune-tenancy/shared/trusted-proxies';
import { countView } from '../utils/visit-queue';
import { isPageView, isRobot } from '../utils/visits';

export default defineEventHandler((event) => {
  const userAgent = getRequestHeader(event, 'user-agent');
  if (!isPageView(event.method, event.path, getRequestHeader(event, 'accept')) || isRobot(userAgent)) return;
  // X-Forwarded-For counts only on a connection from a trusted proxy (NUXT_TRUSTED_PROXIES).
  const address = clientAddress(event.node.req.socket.remoteAddress, getRequestHeader(event, 'x-forwarded-for'), trustedProxies());

  event.node.res.once('finish', () => {
    // A page answered 200 resolved its commune (memoised on the event) while it was answered.
    const commune = event.context.commune;
    if (event.node.res.statusCode === 200 && commune) countView(commune.slug, address, userAgent ?? '');
  });
});
