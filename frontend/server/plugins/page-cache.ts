import type { H3Event } from 'h3';
import type { VisitTotals } from '#site-stats';
import { withVisitCounter } from '#shared/utils/visit-counter';
import { boundedMemoryDriver } from '../utils/bounded-memory';
import { cmsDown } from '../utils/cms-health';
import { maintenancePage, maintenanceState, retryAfterSeconds, withMaintenanceNotice } from '../utils/maintenance';
import { communeCacheKey } from '../utils/commune-cache-key';
import { communeOrigin } from '../utils/site-origin';
import { isPrivatePage } from '../utils/citizen-forms';
import { isPreviewPath } from '../utils/preview';

/**
 * Rendered pages, cached per commune, content version and URL in this process. A publish or
 * any other change to a commune's site moves its content version (server/utils/content-versions.ts),
 * so the next request renders afresh in every process within about a second. The footer's visit
 * counter is written into each cached copy as it is served (figures at most VISITS_MAX_AGE_MS
 * old); what neither covers — a document's status turning "hết hiệu lực" at midnight — is at
 * most PAGE_MAX_AGE_MS old.
 *
 * While the CMS is down (server/utils/cms-health.ts) or a maintenance window is under way
 * (server/utils/maintenance.ts), a copy of any age is served, marked `x-page-cache: STALE` and
 * `Warning: 110`, for as long as it lasts: an outage costs no page that was ever served here.
 * A page never cached then answers the error page (502), or the maintenance page (503).
 *
 * Only full 200 pages of GET are kept, never errors, and never a citizen's form or tracking page
 * (server/utils/citizen-forms.ts isPrivatePage): a POST is never answered from here either. Bounded: a page is 20–60 KB of HTML, so at most
 * about 64 MB, the least recently written forgotten first (search result pages have keys typed
 * by citizens). A hit is the hot path of the whole site: no JSON, no internal request.
 */
const PAGE_MAX_AGE_MS = 60_000;
const VISITS_MAX_AGE_MS = 5_000;

/** The stored value: `<storedAt ms>\n<html>`, so a hit needs no JSON parsing of 30 KB. */
const encode = (storedAt: number, body: string): string => `${storedAt}\n${body}`;
function decode(value: string): { storedAt: number; body: string } {
  const newline = value.indexOf('\n');
  return { storedAt: Number(value.slice(0, newline)), body: value.slice(newline + 1) };
}

async function pageKey(event: H3Event): Promise<{ key: string; slug: string } | null> {
  if (event.method !== 'GET' && event.method !== 'HEAD') return null;
  // The citizens' forms carry a form token per request, the tracking page a citizen's code.
  if (isPrivatePage(event.path)) return null;
  // A preview shows one editor a draft (server/utils/preview.ts): never kept, never served to another.
  if (isPreviewPath(event.path)) return null;
  const commune = await resolveCommune(event);
  // The origin too: a page's canonical link is on the domain or alias it was asked on (never a
  // port or scheme a visitor sent: server/utils/site-origin.ts), so each domain has its copy.
  return commune ? { key: communeCacheKey(commune.slug, 'page', communeOrigin(event, commune), event.path), slug: commune.slug } : null;
}

export default defineNitroPlugin((nitroApp) => {
  const pages = boundedMemoryDriver({ maxEntries: 3000, maxChars: 64_000_000 });

  // The counter's figures per commune, refreshed in the background when older than
  // VISITS_MAX_AGE_MS: a hit never waits for Strapi.
  const visits = new Map<string, { totals: VisitTotals; fetchedAt: number; refreshing: boolean }>();
  const visitsFor = async (event: H3Event, slug: string): Promise<VisitTotals | null> => {
    const known = visits.get(slug);
    if (known && (Date.now() - known.fetchedAt < VISITS_MAX_AGE_MS || known.refreshing)) return known.totals;
    const refresh = strapiGet<VisitTotals>(event, '/api/site-stats/visits').then(
      (totals) => void visits.set(slug, { totals, fetchedAt: Date.now(), refreshing: false }),
      () => void (known && visits.set(slug, { ...known, refreshing: false })),
    );
    if (!known) {
      await refresh;
      return visits.get(slug)?.totals ?? null;
    }
    known.refreshing = true;
    return known.totals;
  };

  nitroApp.hooks.hook('render:before', async (ctx) => {
    const found = await pageKey(ctx.event).catch(() => null);
    const stored = found ? pages.getItem(found.key) : null;
    const maintenance = maintenanceState(found?.slug ?? null);
    ctx.event.context.maintenance = maintenance;
    if (!found || !stored) {
      // A page never cached during a window: nothing to show but the maintenance page. Not for
      // other methods than GET/HEAD (pageKey is null for them: the site's 405 answers them).
      // Nor for Nuxt's internal render of an error page: the error keeps its own status.
      if (maintenance.active && (ctx.event.method === 'GET' || ctx.event.method === 'HEAD') && !ctx.event.path.startsWith('/__nuxt_error')) {
        setResponseHeader(ctx.event, 'retry-after', retryAfterSeconds(maintenance.active));
        setResponseHeader(ctx.event, 'cache-control', 'no-store');
        ctx.event.context.pageCacheHit = true;
        ctx.response = { body: maintenancePage(maintenance.active), statusCode: 503, statusMessage: 'Service Unavailable', headers: { 'content-type': 'text/html;charset=utf-8' } };
      }
      return;
    }
    const page = decode(stored);
    const fresh = Date.now() - page.storedAt <= PAGE_MAX_AGE_MS;
    const down = cmsDown();
    if (!fresh && !down && maintenance.active === null) return;
    // While the CMS is down no copy can be known to be current, however young.
    const stale = down || !fresh;
    ctx.event.context.pageCacheHit = true;
    const totals = await visitsFor(ctx.event, found.slug).catch(() => null);
    setResponseHeaders(ctx.event, stale ? { 'x-page-cache': 'STALE', warning: '110 - "Response is Stale"', vary: 'host' } : { 'x-page-cache': 'HIT', vary: 'host' });
    ctx.response = {
      body: totals ? withVisitCounter(page.body, totals) : page.body,
      statusCode: 200,
      headers: { 'content-type': 'text/html;charset=utf-8' },
    };
  });

  nitroApp.hooks.hook('render:response', async (response, { event }) => {
    // Nor may a browser or a proxy keep them.
    if (isPrivatePage(event.path)) setResponseHeader(event, 'cache-control', 'no-store');
    if ((response.statusCode ?? 200) !== 200 || typeof response.body !== 'string') return;
    const maintenance = event.context.maintenance;
    if (!event.context.pageCacheHit && !event.node.res.hasHeader('set-cookie')) {
      // (A page that set a cookie was made for one visitor: not kept.)
      const found = await pageKey(event).catch(() => null);
      if (found) {
        // Rendered while the CMS is down: from earlier BFF answers (they serve stale too), so
        // marked as what it is, and kept as already old: the first request after the outage
        // renders it afresh.
        const down = cmsDown();
        pages.setItem(found.key, encode(down ? 0 : Date.now(), response.body));
        setResponseHeaders(event, down ? { 'x-page-cache': 'STALE', warning: '110 - "Response is Stale"', vary: 'host' } : { 'x-page-cache': 'MISS', vary: 'host' });
      }
    }
    // The notice goes on the copy served, never into the cache: a window can be moved or
    // cancelled without a purge.
    if (maintenance) response.body = withMaintenanceNotice(response.body, maintenance);
  });
});
