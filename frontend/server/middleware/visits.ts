/**
 * Counts visits: a person's page view, once per visitor per day and commune, without a cookie.
 * Counted after the response is finished, so it never delays the page, and only for pages that
 * were served (a 404 or an error page is not a visit). Counting is a Set insertion in this
 * process (server/utils/visit-queue.ts): Strapi receives the day's new visitors in batches.
 * Pages served from the page cache are counted there (server/plugins/page-cache.ts).
 */
import { pageViewer } from '../utils/page-view';
import { countView } from '../utils/visit-queue';

export default defineEventHandler((event) => {
  const viewer = pageViewer(event);
  if (!viewer) return;
  event.node.res.once('finish', () => {
    // A page answered 200 resolved its commune (memoised on the event) while it was answered.
    const commune = event.context.commune;
    if (event.node.res.statusCode === 200 && commune) countView(commune.slug, viewer.address, viewer.userAgent);
  });
});
