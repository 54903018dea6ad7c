import type { H3Event } from 'h3';
import type { StrapiList } from '../utils/content';
import { contentVersionsNow, contentVersionOf } from '../utils/commune-cache-key';
import { toUrgentNotice, withUrgentNotices, type RawUrgentNotice, type UrgentNotice } from '../utils/urgent-notices';

/**
 * Writes the commune's running urgent notices into every page as it is served, cached or not
 * (server/utils/urgent-notices.ts). This file's name sorts after page-cache.ts, so its hook runs after the
 * copy was stored: the cache only ever holds pages without notices.
 *
 * The list per commune is refetched when the commune's content version moves (publishing,
 * editing or unpublishing a notice moves it); while Strapi cannot be reached the last list keeps
 * serving, and its end times are still checked against the clock on every page.
 */
/** After a failed fetch, the last answer serves this long before Strapi is asked again. */
const RETRY_AFTER_MS = 5000;

interface Known {
  version: number;
  /** Set after a failed fetch: not asked again before this time. */
  retryAt?: number;
  notices: UrgentNotice[];
}

/** At most this many at once: a page is not a bulletin board. */
const MAX_NOTICES = 5;

export default defineNitroPlugin((nitroApp) => {
  const known = new Map<string, Known>();
  const asking = new Map<string, Promise<UrgentNotice[]>>();

  const fetchNotices = async (event: H3Event, slug: string): Promise<UrgentNotice[]> => {
    const versionBefore = contentVersionsNow()(slug);
    const response = await strapiGet<StrapiList<RawUrgentNotice>>(event, '/api/urgent-notices', {
      filters: { ...communeFilter(slug), endsAt: { $gt: new Date().toISOString() } },
      fields: ['title', 'message', 'level', 'link', 'endsAt'],
      sort: ['endsAt:asc'],
      pagination: { pageSize: MAX_NOTICES },
    });
    const notices = response.data.map(toUrgentNotice).filter((notice): notice is UrgentNotice => notice !== null);
    known.set(slug, { version: versionBefore, notices });
    return notices;
  };

  const noticesFor = (event: H3Event, slug: string): Promise<UrgentNotice[]> => {
    const last = known.get(slug);
    if (last && (last.version === contentVersionOf(slug) || (last.retryAt ?? 0) > Date.now())) return Promise.resolve(last.notices);
    // Strapi known to be down: no page waits for a request bound to fail.
    if (cmsDown()) return Promise.resolve(last?.notices ?? []);
    let answer = asking.get(slug);
    if (!answer) {
      answer = fetchNotices(event, slug)
        // Strapi down or slow: the last list (its end times still apply), or none rather than an error page.
        .catch(() => {
          // A slow or failing Strapi must not cost every page a timeout: the last list for a while.
          const notices = last?.notices ?? [];
          known.set(slug, { version: -1, notices, retryAt: Date.now() + RETRY_AFTER_MS });
          return notices;
        })
        .finally(() => asking.delete(slug));
      asking.set(slug, answer);
    }
    return answer;
  };

  nitroApp.hooks.hook('render:response', async (response, { event }) => {
    if (typeof response.body !== 'string') return;
    const commune = event.context.commune;
    if (!commune) return;
    const notices = await noticesFor(event, commune.slug);
    if (notices.length > 0) response.body = withUrgentNotices(response.body, notices, Date.now());
  });
});
