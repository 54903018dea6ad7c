import type { H3Event } from 'h3';
import type { VisitTotals } from '#site-stats';
import { withVisitCounter } from '#shared/utils/visit-counter';
import { boundedMemoryDriver } from '../utils/bounded-memory';
import { communeCacheKey } from '../utils/commune-cache-key';

/**
 * Rendered pages, cached per commune, content version and URL in this process. A publish or
 * any other change to a commune's site moves its content version (server/utils/content-versions.ts),
 * so the next request renders afresh in every process within about a second. The footer's visit
 * counter is written into each cached copy as it is served (from the visits answer, cached a few
 * seconds); what neither covers — a document's status turning "hết hiệu lực" at midnight — is at
 * most PAGE_MAX_AGE_MS old.
 *
 * Only full 200 pages are kept, never errors. Bounded: a page is 20–60 KB of HTML, so at most
 * about 64 MB, the least recently written forgotten first (search result pages have keys typed
 * by citizens).
 */
const PAGE_MAX_AGE_MS = 60_000;

interface CachedPage {
  storedAt: number;
  body: string;
  statusCode: number;
  headers: Record<string, string>;
}


async function pageKey(event: H3Event): Promise<string | null> {
  if (event.method !== 'GET' && event.method !== 'HEAD') return null;
  const commune = await resolveCommune(event);
  return commune ? communeCacheKey(commune.slug, 'page', event.path) : null;
}

export default defineNitroPlugin((nitroApp) => {
  const pages = boundedMemoryDriver({ maxEntries: 3000, maxChars: 64_000_000 });

  nitroApp.hooks.hook('render:before', async (ctx) => {
    const key = await pageKey(ctx.event).catch(() => null);
    const stored = key ? pages.getItem(key) : null;
    if (!stored) return;
    const page = JSON.parse(stored) as CachedPage;
    if (Date.now() - page.storedAt > PAGE_MAX_AGE_MS) return;
    ctx.event.context.pageCacheHit = true;
    const visits = await ctx.event.$fetch<VisitTotals>('/api/visits').catch(() => null);
    setResponseHeaders(ctx.event, { 'x-page-cache': 'HIT', vary: 'host' });
    ctx.response = { body: visits ? withVisitCounter(page.body, visits) : page.body, statusCode: page.statusCode, headers: page.headers };
  });

  nitroApp.hooks.hook('render:response', async (response, { event }) => {
    if (event.context.pageCacheHit || (response.statusCode ?? 200) !== 200 || typeof response.body !== 'string') return;
    // A page that set a cookie was made for one visitor.
    if (event.node.res.hasHeader('set-cookie')) return;
    const key = await pageKey(event).catch(() => null);
    if (!key) return;
    const page: CachedPage = { storedAt: Date.now(), body: response.body, statusCode: 200, headers: { ...response.headers } };
    pages.setItem(key, JSON.stringify(page));
    setResponseHeaders(event, { 'x-page-cache': 'MISS', vary: 'host' });
  });
});
