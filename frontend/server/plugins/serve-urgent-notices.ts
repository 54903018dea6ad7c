import { urgentNoticesFor } from '../utils/commune-urgent-notices';
import { withUrgentNotices } from '../utils/urgent-notices';

/**
 * Writes the commune's running urgent notices into every rendered page as it is served
 * (server/utils/urgent-notices.ts). This file's name sorts after page-cache.ts, so its hook runs
 * after the copy was stored: the cache only ever holds pages without notices, and a page served
 * from the cache gets them from the page cache (server/plugins/page-cache.ts), from the same list
 * (server/utils/commune-urgent-notices.ts).
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:response', async (response, { event }) => {
    if (typeof response.body !== 'string') return;
    const commune = event.context.commune;
    if (!commune) return;
    const notices = await urgentNoticesFor(event, commune.slug);
    if (notices.length > 0) response.body = withUrgentNotices(response.body, notices, Date.now());
  });
});
