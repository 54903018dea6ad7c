/**
 * The communes' running urgent notices (server/utils/urgent-notices.ts) as this process last read
 * them: refetched when the commune's content version moves (publishing, editing or unpublishing a
 * notice moves it); while Strapi cannot be reached the last list keeps serving, and its end times
 * are still checked against the clock on every page. Asked for every page served, rendered
 * (server/plugins/serve-urgent-notices.ts) or from the page cache (server/plugins/page-cache.ts).
 */
import type { H3Event } from 'h3';
import type { StrapiList } from './content';
import { cmsDown } from './cms-health';
import { contentVersionOf, contentVersionsNow } from './commune-cache-key';
import { communeFilter, strapiGet } from './strapi';
import { toUrgentNotice, type RawUrgentNotice, type UrgentNotice } from './urgent-notices';

/** After a failed fetch, the last answer serves this long before Strapi is asked again. */
const RETRY_AFTER_MS = 5000;

/** At most this many at once: a page is not a bulletin board. */
const MAX_NOTICES = 5;

interface Known {
  version: number;
  /** Set after a failed fetch: not asked again before this time. */
  retryAt?: number;
  notices: UrgentNotice[];
}

const known = new Map<string, Known>();
const asking = new Map<string, Promise<UrgentNotice[]>>();

async function fetchNotices(event: H3Event, slug: string): Promise<UrgentNotice[]> {
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
}

/** The commune's notices as last read (their end times not yet checked). */
export function urgentNoticesFor(event: H3Event, slug: string): Promise<UrgentNotice[]> {
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
}
